"""An automatic narrative in formal Indonesian for a pivot table, for staff to edit before publishing.

"Jumlah izin terbit pada Triwulan III 2024 sebanyak 412 izin, naik 12,3% dibanding triwulan
sebelumnya (367 izin). ..." The text is deterministic: the same table gives the same words; ties
go to the group listed first.
"""

from __future__ import annotations

from desktop_app.domain import formatting
from desktop_app.domain.periods import Period
from desktop_app.domain.pivot import PivotAggregate, PivotResult, PivotRow, period_list


def _num(value: float) -> str:
    """1.234.567; 12,5; 3,14 (at most two decimals, no trailing zeros)."""
    if float(value).is_integer():
        return formatting.number(int(value), 0)
    text = formatting.number(round(value, 2), 2)
    return text.rstrip("0").rstrip(",")


def _pct(value: float) -> str:
    return formatting.percent(value, 1)


def _amount(value: float, unit: str, agg: PivotAggregate) -> str:
    if agg == PivotAggregate.SHARE:
        return _pct(value)
    return f"{_num(value)} {unit}".strip()


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def _label(row: PivotRow) -> str:
    return " - ".join(row.labels)


def _quantity(agg: PivotAggregate, subject: str) -> str:
    """'jumlah izin terbit', 'rata-rata nilai IKM', ..."""
    word = {PivotAggregate.SUM: "jumlah", PivotAggregate.COUNT: "jumlah", PivotAggregate.AVG: "rata-rata",
            PivotAggregate.MIN: "nilai terendah", PivotAggregate.MAX: "nilai tertinggi",
            PivotAggregate.SHARE: "persentase"}[agg]
    subject = subject.strip()
    if subject.lower().startswith(word):
        return subject
    return f"{word} {subject}".strip()


def _verb(agg: PivotAggregate) -> str:
    return "sebanyak" if agg in (PivotAggregate.SUM, PivotAggregate.COUNT) else "sebesar"


def _change_phrase(row: PivotRow, previous: PivotRow | None, noun: str, unit: str, agg: PivotAggregate) -> str:
    """', naik 12,3% dibanding triwulan sebelumnya (367 izin)' or '' when there is nothing to compare."""
    if previous is None or previous.total is None or row.total is None:
        return ""
    change = row.total - previous.total
    before = f" ({_amount(previous.total, unit, agg)})"
    if change == 0:
        return f", tetap dibanding {noun} sebelumnya{before}"
    direction = "naik" if change > 0 else "turun"
    if agg == PivotAggregate.SHARE:
        size = f"{_num(abs(change))} poin persen"
    elif previous.total != 0:
        size = _pct(abs(change) / abs(previous.total) * 100)
    else:  # from zero: no percentage, say how much
        size = _amount(abs(change), unit, agg)
    return f", {direction} {size} dibanding {noun} sebelumnya{before}"


def _extremes(rows: list[PivotRow], total: float | None, unit: str, agg: PivotAggregate, what: str) -> str:
    """The highest and lowest groups, with their share of the total where a share means something."""
    valued = [r for r in rows if r.total is not None]
    if not valued:
        return ""
    if len(valued) == 1:
        return f"Seluruhnya berasal dari {_label(valued[0])}."
    high = max(valued, key=lambda r: r.total)  # max/min keep the first of equal values
    low = min(valued, key=lambda r: r.total)
    if high.total == low.total:
        return f"Semua {what} bernilai sama, yaitu {_amount(high.total, unit, agg)}."
    with_share = agg in (PivotAggregate.SUM, PivotAggregate.COUNT) and total and total > 0 \
        and all(r.total >= 0 for r in valued)

    def part(row: PivotRow) -> str:
        share = f", {_pct(row.total / total * 100)} dari total" if with_share else ""
        return f"{_label(row)} ({_amount(row.total, unit, agg)}{share})"

    return f"{_cap(what)} tertinggi adalah {part(high)}, sedangkan yang terendah adalah {part(low)}."


def _gaps(result: PivotResult) -> list[str]:
    """The sentence on a series' periods without data (never narrated as 0 nor compared with)."""
    if not result.missing:
        return []
    return [f"Tidak ada data untuk {period_list(result.missing)}, sehingga angka keseluruhan hanya mencakup "
            "periode yang ada datanya."]


def narrate(result: PivotResult, *, subject: str, unit: str = "") -> str:
    """A short paragraph about the table: total, highest and lowest groups, and for period rows the
    latest period against the one before; a series' periods without data are named, never taken for 0."""
    agg = result.spec.agg
    rows = list(result.data_rows)
    quantity = _quantity(agg, subject)
    if not rows:
        return f"Belum ada data untuk {quantity}."
    total = result.grand_total
    sentences: list[str] = []
    periods = [r for r in rows if len(r.keys) == 1 and isinstance(r.keys[0], Period)]
    if result.period_rows and len(result.row_headers) == 1 and periods:
        latest = periods[-1]
        period: Period = latest.keys[0]  # type: ignore[assignment]
        noun = period.kind.noun
        if latest.total is None:
            sentences.append(f"Belum ada data {quantity} pada {period.label}.")
        else:
            before = next((r for r in periods if r.keys[0] == period.previous()), None)
            incomplete = before is not None and (before.keys[0] in result.partial or period in result.partial)
            change = "" if incomplete else _change_phrase(latest, before, noun, unit, agg)
            sentences.append(f"{_cap(quantity)} pada {period.label} {_verb(agg)} "
                             f"{_amount(latest.total, unit, agg)}{change}.")
            if incomplete:  # a quarter missing a month: its figure is of the months present
                which = f"{noun} sebelumnya" if period not in result.partial else period.label
                sentences.append(f"Data {which} tidak lengkap, sehingga tidak dibandingkan.")
            elif before is None or before.total is None:
                sentences.append(f"Data {noun} sebelumnya tidak tersedia sebagai pembanding.")
        if len(periods) > 1 and total is not None and agg != PivotAggregate.SHARE:
            span = f"{periods[0].keys[0].label} sampai dengan {period.label}"  # type: ignore[attr-defined]
            word = "secara keseluruhan" if agg in (PivotAggregate.SUM, PivotAggregate.COUNT) else "untuk seluruh"
            if agg in (PivotAggregate.SUM, PivotAggregate.COUNT):
                sentences.append(f"Selama {span}, {quantity} {word} {_verb(agg)} {_amount(total, unit, agg)}.")
            else:
                sentences.append(f"{_cap(quantity)} {word} periode {span} {_verb(agg)} "
                                 f"{_amount(total, unit, agg)}.")
        sentences += _gaps(result)
        what = noun
    else:
        if total is not None and agg != PivotAggregate.SHARE:
            sentences.append(f"{_cap(quantity)} seluruhnya {_verb(agg)} {_amount(total, unit, agg)}.")
        sentences += _gaps(result)
        what = "kelompok"
    if total is not None and total == 0 and agg in (PivotAggregate.SUM, PivotAggregate.COUNT):
        sentences.append(f"Tidak ada {what} yang mencatat nilai.")
    elif not (what != "kelompok" and len(rows) == 1):
        extremes = _extremes(rows, total, unit, agg, what)
        if extremes:
            sentences.append(extremes)
    return " ".join(sentences)


__all__ = ["narrate"]
