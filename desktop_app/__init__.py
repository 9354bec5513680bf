"""PADI: Pengelolaan Data dan Informasi — the SOP of DPMPTSP Kota Tebing Tinggi as a program."""

__version__ = "0.1.0"
