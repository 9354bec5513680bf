"""XLSX renderers (openpyxl): dataset exports, native charts, the timing report and e-Kinerja workbooks."""
