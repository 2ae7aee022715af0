"""Comparisons through Kolada: fetched once by `planer kolada`, kept in indata/kolada.xlsx.

`klient` is the only network code; `hamtning` decides what to fetch and writes the
file; `fil` is the file's layout; `jamforelse` is the arithmetic (pure, pandas).
"""
