"""The Indonesian sentences of `padi check` for the command line: bound states no log entry backs, the anchor,
and the limits of the check. The GUI says the same through Qt's translation (``gui/messages.py``)."""

from __future__ import annotations

from typing import Any

STATES = {
    "draft": "draf", "checking": "diperiksa", "validated": "tervalidasi", "processed": "diolah",
    "presented": "disajikan", "submitted": "diajukan", "returned": "dikembalikan", "approved": "disetujui",
    "published": "diterbitkan",
}
EVENTS = {  # the log entry a publication state needs
    "approved": "persetujuan", "published": "penerbitan", "submitted": "pengajuan", "returned": "pengembalian",
    "draft": "perbaikan",
}
DECISIONS = {"approved": "disetujui", "returned": "dikembalikan"}
ANCHOR_REASONS = {"missing": "berkas jangkar tidak ada", "unreadable": "berkas jangkar tidak terbaca"}

LIMITS = ("Batas pemeriksaan: orang yang dapat menulis ulang berkas basis data DAN berkas jangkarnya sekaligus "
          "tidak dapat dihentikan tanpa kunci yang disimpan di luar PC ini. Periksa kepala rantai yang tercetak "
          "di Laporan Pelaksanaan atau tercatat di manifest cadangan dengan 'padi check --head ID:HASH'. "
          "Baris Kumpulan Data "
          "yang belum divalidasi tidak diikat ke log; status basis data dari versi PADI sebelumnya diterima "
          "apa adanya pada garis dasarnya.")


def _state(value: Any) -> str:
    return STATES.get(str(value), str(value))


def finding_text(code: str, kind: str, object_id: str, label: str, facet: str, expected: Any, actual: Any,
                 entry_id: int | None = None) -> str:
    """One bound state that no log entry backs, as a sentence."""
    if code == "baseline_invalid":
        return (f"Garis dasar kedua pada entri #{entry_id} ditolak: status sudah diikat ke log sebelumnya, "
                "jadi garis dasar ini dapat menutupi perubahan di luar PADI.")
    text = _sentence(code, kind, object_id, label, facet, expected, actual)
    if code == "diverged":
        text = text[:-1] + f" (sebelum entri #{entry_id}, ketika PADI mengubahnya lagi)."
    return text


def _sentence(code: str, kind: str, ident: str, label: str, facet: str, expected: Any, actual: Any) -> str:
    if code in ("not_in_log", "missing"):
        subject = {"user": f"Pengguna '{label}'", "dataset": f"Kumpulan Data '{label}'",
                   "publication": f"Publikasi #{ident} '{label}'", "delegation": f"Penunjukan Plt. #{ident}",
                   "setting": _setting_subject(ident)}.get(kind, f"{kind} {ident}")
        if code == "not_in_log":
            return f"{subject} tidak tercatat di log."
        return f"{subject} hilang dari basis data tanpa catatan di log."
    if code == "rows_changed":
        return f"Baris Kumpulan Data '{label}' berubah setelah divalidasi."
    if code == "content_mismatch":
        return (f"Isi Publikasi #{ident} versi {facet[1:]} tidak cocok dengan hash isinya "
                "(isi diubah langsung di berkas basis data).")
    if kind == "user":
        return _user_sentence(label, facet, expected, actual)
    if kind == "dataset":
        if facet == "state":
            return (f"Kumpulan Data '{label}' berstatus {_state(actual)} tanpa catatan di log "
                    f"(menurut log: {_state(expected)}).")
        if facet == "name":
            return f"Nama Kumpulan Data '{label}' diubah tanpa catatan di log (menurut log: '{expected}')."
        return f"Versi Kumpulan Data '{label}' = {actual} tidak tercatat di log (menurut log: {expected})."
    if kind == "publication":
        return _publication_sentence(ident, facet, expected, actual)
    if kind == "setting":
        return f"{_setting_subject(ident)} diubah tanpa catatan di log."
    if kind == "delegation":
        return f"Penunjukan Plt. #{ident} diubah tanpa catatan di log."
    return f"{kind} {ident} ({facet}) tidak tercatat di log."


def _setting_subject(key: str) -> str:
    return {"permissions": "Matriks izin",
            "password_change_required": "Daftar pengguna yang wajib mengganti kata sandi"}.get(key, f"Pengaturan {key}")


def _user_sentence(label: str, facet: str, expected: Any, actual: Any) -> str:
    if facet == "role":
        return f"Peran pengguna '{label}' = {actual} tidak tercatat di log (menurut log: {expected})."
    if facet == "admin":
        return (f"Hak administrator pengguna '{label}' ({'ya' if actual else 'tidak'}) tidak tercatat di log "
                f"(menurut log: {'ya' if expected else 'tidak'}).")
    if facet == "password":
        return f"Kata sandi pengguna '{label}' diganti tanpa catatan di log."
    if facet == "active":
        return f"Pengguna '{label}' {'aktif' if actual else 'nonaktif'} tanpa catatan di log."
    if facet == "username":
        return f"Nama pengguna '{label}' tidak tercatat di log (menurut log: '{expected}')."
    return f"Nama lengkap pengguna '{label}' diubah tanpa catatan di log."


def _publication_sentence(ident: str, facet: str, expected: Any, actual: Any) -> str:
    if facet == "state":
        event = EVENTS.get(str(actual), "perubahan")
        return (f"Publikasi #{ident} berstatus {_state(actual)} tanpa catatan {event} di log "
                f"(menurut log: {_state(expected)}).")
    if facet == "title":
        return f"Judul Publikasi #{ident} diubah tanpa catatan di log (menurut log: '{expected}')."
    if facet == "author":
        return f"Penyusun Publikasi #{ident} diubah tanpa catatan di log."
    if facet.startswith("decision."):
        shown = actual if isinstance(actual, dict) else expected if isinstance(expected, dict) else {}
        decision = DECISIONS.get(str(shown.get("decision")), str(shown.get("decision", "")))
        if expected is None:
            return f"Keputusan '{decision}' atas Publikasi #{ident} tidak tercatat di log."
        if actual is None:
            return f"Keputusan '{decision}' atas Publikasi #{ident} hilang tanpa catatan di log."
        return f"Keputusan atas Publikasi #{ident} diubah setelah dicatat di log."
    version = facet[1:].split(".")[0]
    if facet.endswith(".by"):
        return f"Pembuat atau pengaju Publikasi #{ident} versi {version} diubah tanpa catatan di log."
    if expected is None:
        return f"Publikasi #{ident} versi {version} tidak tercatat di log."
    if actual is None:
        return f"Publikasi #{ident} versi {version} hilang tanpa catatan di log."
    return f"Isi Publikasi #{ident} versi {version} berubah setelah dicatat di log (hash isinya lain)."


def anchor_text(status: str, problem: str, anchor_id: int | None, log_id: int, name: str) -> str:
    """The anchor line of `padi check`."""
    head = f"Jangkar kepala rantai ({name}):"
    if status == "ok":
        return f"{head} cocok dengan entri #{log_id}."
    if status == "missing":
        return (f"{head} PERINGATAN - berkas tidak ada. Tanpa jangkar, entri yang dihapus dari akhir catatan "
                "aktivitas atau catatan yang ditulis ulang seluruhnya tidak dapat dikenali. Ini wajar bila "
                "basis data disalin tanpa berkas jangkarnya; PADI membuat jangkar baru pada perubahan berikutnya.")
    if status == "unreadable":
        return (f"{head} PERINGATAN - berkas ada tetapi bukan jangkar PADI yang utuh, sehingga tidak dapat "
                "dibandingkan. PADI menulisnya ulang pada perubahan berikutnya.")
    if status == "not_checked":
        return f"{head} tidak dibandingkan (rantai catatan aktivitas rusak)."
    if problem == "cut":
        return (f"{head} TIDAK COCOK - catatan aktivitas berakhir pada entri #{log_id}, padahal jangkar mencatat "
                f"entri #{anchor_id}: entri terakhir telah dihapus.")
    if problem == "ahead":
        return (f"{head} TIDAK COCOK - ada entri sesudah entri #{anchor_id} yang dicatat jangkar (sampai "
                f"#{log_id}) yang tidak ditulis oleh PADI.")
    return (f"{head} TIDAK COCOK - entri #{anchor_id} yang dicatat jangkar tidak sama dengan entri di basis "
            "data: catatan aktivitas ditulis ulang.")


def anchor_note_text(kind: str, entry_id: int, detail: dict) -> str:
    """An anchor entry PADI wrote into the log at a commit."""
    if kind == "created":
        reason = ANCHOR_REASONS.get(str(detail.get("reason")), str(detail.get("reason", "")))
        return (f"Catatan: jangkar dibuat pada entri #{entry_id} ({reason}); penghapusan entri sebelum itu "
                "tidak dapat dibandingkan dengan jangkar.")
    found = detail.get("anchor") or {}
    head = detail.get("log_head") or {}
    return (f"Pada entri #{entry_id} PADI mendapati catatan aktivitas tidak cocok dengan jangkar (jangkar: entri "
            f"#{found.get('id')}, log: entri #{head.get('id')}): entri dihapus atau ditulis ulang di luar PADI "
            "sebelum itu.")


def head_text(status: str, entry_id: int | None, digest: str, found_id: int | None) -> str:
    """A chain head recorded outside the database (`padi check --head`) against the log."""
    name = f"entri #{entry_id} ({digest[:16]}…)" if entry_id is not None else f"hash {digest[:16]}…"
    if status == "ok":
        return f"Kepala rantai {name}: ada di catatan aktivitas" + (
            f" (entri #{found_id})." if entry_id is None else ".")
    if status == "different":
        return (f"Kepala rantai {name}: TIDAK COCOK - entri itu ada dengan hash lain: catatan aktivitas ditulis "
                "ulang.")
    return (f"Kepala rantai {name}: TIDAK ADA di catatan aktivitas - catatan aktivitas dipotong atau ditulis "
            "ulang.")
