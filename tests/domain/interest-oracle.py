"""Independent late-interest oracle for tests/domain/interest-independent.test.ts.

Written from docs/rules.md alone (shared docs: §1 conventions, §2 jurisdictions, §3 rate tables), never
from the app's code: rates typed in again from rules.md §3, days counted with Python's datetime, exact
rationals (fractions.Fraction), money in minor units, the total rounded half-up once.
Run `python3 tests/domain/interest-oracle.py` to print every case's figure.

A payment with a negative amount is a reduction undone (a credit note or write-off reversed): the
principal rises again from the day after, as it falls from the day after a payment.
"""
from datetime import date, timedelta
from fractions import Fraction as F
import math

D = date.fromisoformat
ONE = timedelta(days=1)

# ---- rules.md §3, typed in by hand -------------------------------------------------------------
def halves(first, last, rate, out):
    y, h = int(first[:4]), int(first[-1])
    ly, lh = int(last[:4]), int(last[-1])
    while (y, h) <= (ly, lh):
        out[(y, h)] = rate
        y, h = (y, 2) if h == 1 else (y + 1, 1)

ECB = {}
for a, b, r in [("2012-H1", "2012-H2", "1.00"), ("2013-H1", "2013-H1", "0.75"), ("2013-H2", "2013-H2", "0.50"),
                ("2014-H1", "2014-H1", "0.25"), ("2014-H2", "2014-H2", "0.15"), ("2015-H1", "2016-H1", "0.05"),
                ("2016-H2", "2022-H2", "0.00"), ("2023-H1", "2023-H1", "2.50"), ("2023-H2", "2023-H2", "4.00"),
                ("2024-H1", "2024-H1", "4.50"), ("2024-H2", "2024-H2", "4.25"), ("2025-H1", "2025-H1", "3.15"),
                ("2025-H2", "2025-H2", "2.15"), ("2026-H1", "2026-H1", "2.15"), ("2026-H2", "2026-H2", "2.40")]:
    halves(a, b, F(r), ECB)
BASIS = {}
for a, b, r in [("2012-H1", "2012-H2", "0.12"), ("2013-H1", "2013-H1", "-0.13"), ("2013-H2", "2013-H2", "-0.38"),
                ("2014-H1", "2014-H1", "-0.63"), ("2014-H2", "2014-H2", "-0.73"), ("2015-H1", "2016-H1", "-0.83"),
                ("2016-H2", "2022-H2", "-0.88"), ("2023-H1", "2023-H1", "1.62"), ("2023-H2", "2023-H2", "3.12"),
                ("2024-H1", "2024-H1", "3.62"), ("2024-H2", "2024-H2", "3.37"), ("2025-H1", "2025-H1", "2.27"),
                ("2025-H2", "2025-H2", "1.27"), ("2026-H1", "2026-H1", "1.27"), ("2026-H2", "2026-H2", "1.52")]:
    halves(a, b, F(r), BASIS)
NATBANK = {}
for a, b, r in [("2012-H1", "2012-H1", "0.70"), ("2012-H2", "2012-H2", "0.45"), ("2013-H1", "2015-H1", "0.20"),
                ("2015-H2", "2021-H1", "0.05"), ("2021-H2", "2021-H2", "-0.35"), ("2022-H1", "2022-H2", "-0.45"),
                ("2023-H1", "2023-H1", "1.90"), ("2023-H2", "2023-H2", "3.25"), ("2024-H1", "2024-H1", "3.75"),
                ("2024-H2", "2024-H2", "3.50"), ("2025-H1", "2025-H1", "2.75"), ("2025-H2", "2025-H2", "1.75")]:
    halves(a, b, F(r), NATBANK)
TAUX = {}
for a, b, r in [("2020-H1", "2020-H1", "0.87"), ("2020-H2", "2020-H2", "0.84"), ("2021-H1", "2021-H1", "0.79"),
                ("2021-H2", "2021-H2", "0.76"), ("2022-H1", "2022-H1", "0.76"), ("2022-H2", "2022-H2", "0.77"),
                ("2023-H1", "2023-H1", "2.06"), ("2023-H2", "2023-H2", "4.22"), ("2024-H1", "2024-H1", "5.07"),
                ("2024-H2", "2024-H2", "4.92"), ("2025-H1", "2025-H1", "3.71"), ("2025-H2", "2025-H2", "2.76"),
                ("2026-H1", "2026-H1", "2.62"), ("2026-H2", "2026-H2", "2.75")]:
    halves(a, b, F(r), TAUX)
TASSO = {2019: F("0.80"), 2020: F("0.05"), 2021: F("0.01"), 2022: F("1.25"), 2023: F("5.00"), 2024: F("2.50"),
         2025: F("2.00")}
# Bank Rate changes (effective date, %); December 2025 day unknown -> any day of Dec 2025 before 31 is doubtful.
BANK_RATE = [("2009-03-05", "0.50"), ("2016-08-04", "0.25"), ("2017-11-02", "0.50"), ("2018-08-02", "0.75"),
             ("2020-03-11", "0.25"), ("2020-03-19", "0.10"), ("2021-12-16", "0.25"), ("2022-02-03", "0.50"),
             ("2022-03-17", "0.75"), ("2022-05-05", "1.00"), ("2022-06-16", "1.25"), ("2022-08-04", "1.75"),
             ("2022-09-22", "2.25"), ("2022-11-03", "3.00"), ("2022-12-15", "3.50"), ("2023-02-02", "4.00"),
             ("2023-03-23", "4.25"), ("2023-05-11", "4.50"), ("2023-06-22", "5.00"), ("2023-08-03", "5.25"),
             ("2024-08-01", "5.00"), ("2024-11-07", "4.75"), ("2025-02-06", "4.50"), ("2025-05-08", "4.25"),
             ("2025-08-07", "4.00"), ("2025-12-31", "3.75")]
BANK_RATE = [(D(a), F(r)) for a, r in BANK_RATE]
# BNR: the month-only changes dated to the month's last day (the reading rules.md §4 B implies: 14.75 % to 08-14).
BNR = [("2012-01-06", "5.75"), ("2013-07-02", "5.00"), ("2014-01-09", "3.75"), ("2014-01-10", None),
       ("2020-06-02", "1.75"), ("2020-08-31", "1.50"),
       # not in rules.md: BNR cut 1.50 -> 1.25 from 2021-01-18 (board decision of 2021-01-15, as reported)
       ("2021-01-18", "1.25"), ("2021-10-06", "1.50"), ("2021-11-10", "1.75"),
       ("2022-01-11", "2.00"), ("2022-02-10", "2.50"), ("2022-02-11", None), ("2023-01-11", "7.00"),
       ("2024-07-08", "6.75"), ("2024-08-31", "6.50")]
BNR = [(D(a), None if r is None else F(r)) for a, r in BNR]


def changes_on(table, day):
    cur = "missing"
    for d, r in table:
        if d <= day:
            cur = r
    return cur


def half_of(d):
    return (d.year, 1 if d.month <= 6 else 2)


def half_end(d):
    return date(d.year, 6, 30) if d.month <= 6 else date(d.year, 12, 31)


# ---- the interest -----------------------------------------------------------------------------
class Missing(Exception):
    pass


def reference_pieces(j, debtor, start, end, mode="half-year", due=None):
    """[(from, to, annual rate %)] covering start..end inclusive, per rules.md §2."""
    pieces = []
    if j == "UK":
        # one rate for the whole debt: Bank Rate on 31 Dec (interest starting Jan-Jun) or 30 Jun (Jul-Dec)
        fix = date(start.year - 1, 12, 31) if start.month <= 6 else date(start.year, 6, 30)
        return [(start, end, changes_on(BANK_RATE, fix) + 8)]
    if j == "RO" and mode == "per-change":
        d = start
        while d <= end:
            r = changes_on(BNR, d)
            nxt = min([c for c, _ in BNR if c > d] + [end + ONE])
            to = min(end, nxt - ONE)
            pieces.append((d, to, r))
            d = to + ONE
    elif j == "IT" and debtor == "consumer":
        d = start
        while d <= end:
            to = min(end, date(d.year, 12, 31))
            pieces.append((d, to, TASSO.get(d.year, "missing")))
            d = to + ONE
        return pieces
    else:
        d = start
        while d <= end:
            to = min(end, half_end(d))
            h = half_of(d)
            if j in ("EU", "IT", "FR"):
                ref = ECB.get(h, "missing")
            elif j == "DE":
                ref = BASIS.get(h, "missing")
            elif j == "DK":
                ref = NATBANK.get(h, "missing")
            elif j == "RO":
                ref = changes_on(BNR, date(h[0], 1 if h[1] == 1 else 7, 1))
            elif j == "FR-consumer":
                ref = TAUX.get(h, "missing")
            pieces.append((d, to, ref))
            d = to + ONE
    margin = {("EU", "business"): 8, ("IT", "business"): 8, ("FR", "business"): 10, ("DE", "business"): 9,
              ("DE", "consumer"): 5, ("DK", "business"): 8, ("DK", "consumer"): 8, ("RO", "business"): 8,
              ("RO", "consumer"): 4, ("FR-consumer", "consumer"): 0}[(j, debtor)]
    return [(a, b, r if r in ("missing", None) else r + margin) for a, b, r in pieces]


def e30(d):
    return d.year * 360 + d.month * 30 + min(d.day, 30)


def day_fraction(a, b, count):
    """Year fraction of the days a..b inclusive."""
    if count == "act/365":
        return F((b - a).days + 1, 365)
    if count == "act/act":
        tot = F(0)
        d = a
        while d <= b:
            to = min(b, date(d.year, 12, 31))
            tot += F((to - d).days + 1, 366 if d.year % 4 == 0 and (d.year % 100 or d.year % 400 == 0) else 365)
            d = to + ONE
        return tot
    if count == "30E/360":
        return F(e30(b) - e30(a - ONE), 360)


def interest(amount, due, as_of, payments=(), j="EU", debtor="business", count="act/365", grace=0,
             contract=None, mode="half-year", notice=None, detail=False):
    """Exact unrounded interest (minor units, Fraction) and the list of (from, to, principal, rate, value)."""
    due, as_of = D(due), D(as_of)
    pays = sorted((D(d), a) for d, a in payments if D(d) <= as_of)
    start = due + timedelta(days=grace) + ONE
    if notice is not None:
        start = max(start, D(notice) + ONE)
    if as_of < start:
        return F(0), []
    # cut the window at each payment (paid part bears interest through its date) and at rate changes
    cuts = sorted({d for d, _ in pays if start <= d < as_of})
    bounds = []
    d = start
    for c in cuts + [as_of]:
        bounds.append((d, c))
        d = c + ONE
    if contract is not None:
        rates = [(start, as_of, F(contract))]
    else:
        rates = reference_pieces(j, debtor, start, as_of, mode, due)
    total, rows = F(0), []
    for a, b in bounds:
        principal = max(0, amount - sum(x for dd, x in pays if dd < a))
        if principal == 0:
            continue  # settled (or credited) for now; a reversal may reopen it later
        for ra, rb, r in rates:
            lo, hi = max(a, ra), min(b, rb)
            if lo > hi:
                continue
            if r in ("missing", None):
                raise Missing((lo, hi))
            v = principal * r / 100 * day_fraction(lo, hi, count)
            total += v
            rows.append((lo.isoformat(), hi.isoformat(), principal, float(r), v))
    return (total, rows) if detail else total


def half_up(x):
    return math.floor(x + F(1, 2)) if x >= 0 else -math.floor(-x + F(1, 2))


CASES = [
    # name, amount, due, as-of, keyword arguments of interest()
    ("IT B2B 2023-H2..2024-H2", 1234567, "2023-11-20", "2024-08-05", dict(j="IT")),
    ("DE B2B 2022-H2..2023-H1", 2500000, "2022-10-31", "2023-02-28", dict(j="DE")),
    ("FR B2B four semesters", 4999999, "2025-05-31", "2026-07-31", dict(j="FR")),
    ("DE consumer 2025-H2..2026-H2", 800000, "2025-11-15", "2026-07-20", dict(j="DE", debtor="consumer")),
    ("RO B2B half-year", 3000000, "2024-11-30", "2025-02-28", dict(j="RO")),
    ("RO consumer", 3000000, "2024-11-30", "2025-02-28", dict(j="RO", debtor="consumer")),
    ("RO per-change 2024", 1000000, "2024-06-30", "2024-09-30", dict(j="RO", mode="per-change")),
    ("UK start 2024-07-01", 500000, "2024-06-30", "2025-03-31", dict(j="UK")),
    ("UK start 2025-01-01", 500000, "2024-12-31", "2025-03-31", dict(j="UK")),
    ("UK start 2024-12-31", 500000, "2024-12-30", "2025-03-31", dict(j="UK")),
    ("UK grace 15", 500000, "2024-12-20", "2025-03-31", dict(j="UK", grace=15)),
    ("UK start 2026-01-11", 500000, "2026-01-10", "2026-09-30", dict(j="UK")),
    ("EU act/365 over 29 Feb", 1000000, "2024-02-10", "2024-03-10", dict(j="EU")),
    ("EU act/act over 29 Feb", 1000000, "2024-02-10", "2024-03-10", dict(j="EU", count="act/act")),
    ("EU act/act 2023->2024", 1000000, "2023-12-15", "2024-01-20", dict(j="EU", count="act/act")),
    ("DK 30E/360 05-31->07-31", 1000000, "2024-05-31", "2024-12-31",
     dict(j="DK", count="30E/360", payments=[("2024-07-31", 1000000)])),
    ("DK 30E/360 Feb 2025", 1000000, "2025-02-28", "2025-03-31", dict(j="DK", count="30E/360")),
    ("DK act/365 Feb 2025", 1000000, "2025-02-28", "2025-03-31", dict(j="DK")),
    ("DK 30E/360 paid 29 Feb", 1000000, "2024-01-31", "2024-03-31",
     dict(j="DK", count="30E/360", payments=[("2024-02-29", 400000)])),
    ("IT three payments", 1500000, "2024-04-30", "2024-12-31",
     dict(j="IT", payments=[("2024-06-30", 500000), ("2024-07-01", 300000), ("2024-10-15", 700000)])),
    ("paid on the due date", 1000000, "2024-03-15", "2024-12-31", dict(j="EU", payments=[("2024-03-15", 1000000)])),
    ("paid the day after", 1000000, "2024-03-15", "2024-12-31", dict(j="EU", payments=[("2024-03-16", 1000000)])),
    ("part paid on the due date", 1000000, "2024-03-15", "2024-04-14", dict(j="EU", payments=[("2024-03-15", 250000)])),
    ("overpaid", 1000000, "2024-03-15", "2024-12-31", dict(j="DE", payments=[("2024-04-14", 1200000)])),
    ("IT consumer 2024->2025", 500000, "2024-11-30", "2025-02-15", dict(j="IT", debtor="consumer")),
    ("FR consumer after notice", 1000000, "2025-03-31", "2025-08-31",
     dict(j="FR-consumer", debtor="consumer", notice="2025-05-20")),
    ("DK consumer", 1000000, "2024-03-31", "2024-08-31", dict(j="DK", debtor="consumer")),
    ("US 1.5 %/month", 250000, "2024-01-15", "2024-04-15", dict(j="US", contract="18")),
    ("IT contract 10 %", 1000000, "2023-12-15", "2024-07-15", dict(j="IT", contract="10")),
    ("DK known part of 2025-12..2026-02", 1000000, "2025-11-30", "2025-12-31", dict(j="DK")),
    ("IT consumer known part 2025-12", 500000, "2025-11-30", "2025-12-31", dict(j="IT", debtor="consumer")),
    ("half cent", 1020, "2024-01-31", "2024-04-13", dict(j="EU")),
    ("9e14 IT", 900000000000000, "2023-12-31", "2025-03-31", dict(j="IT")),
    ("12,345,678,901,234 FR", 12345678901234, "2024-02-28", "2025-01-01", dict(j="FR")),
    ("claim: paid late in two parts", 100000, "2024-12-31", "2025-06-30",
     dict(j="IT", payments=[("2025-01-31", 40000), ("2025-02-14", 60000)])),
    ("claim: credit note then payment", 1000000, "2024-03-15", "2024-06-30",
     dict(j="IT", payments=[("2024-04-15", 200000), ("2024-05-15", 800000)])),
    ("claim: fees never count", 1000000, "2024-03-15", "2024-06-30", dict(j="IT")),
    ("claim: UK part paid", 250000, "2024-11-30", "2025-02-28", dict(j="UK", payments=[("2024-12-31", 200000)])),
    ("claim: write-off reversed", 1000000, "2024-03-15", "2024-06-30",
     dict(j="IT", payments=[("2024-04-30", 1000000), ("2024-05-31", -1000000)])),
    ("claim: credit note cancelled", 1000000, "2024-03-15", "2024-06-30",
     dict(j="IT", payments=[("2024-04-15", 200000), ("2024-05-01", -200000), ("2024-05-15", 800000)])),
    ("book x (IT law)", 500000, "2024-09-30", "2025-02-28", dict(j="IT")),
    ("book y (DE consumer)", 80000, "2024-12-15", "2025-02-28", dict(j="DE", debtor="consumer")),
    ("book z (UK)", 250000, "2024-11-30", "2025-02-28", dict(j="UK")),
    ("book v (FR consumer)", 30000, "2024-12-31", "2025-02-28",
     dict(j="FR-consumer", debtor="consumer", notice="2025-01-15")),
    ("book: credit note before due, cancelled after", 100000, "2024-03-15", "2024-04-30",
     dict(j="IT", payments=[("2024-03-10", 100000), ("2024-04-10", -100000)])),
    ("RO B2B 2021-H2", 1000000, "2021-06-30", "2021-09-30", dict(j="RO")),
    ("RO consumer 2021-H2", 1000000, "2021-06-30", "2021-09-30", dict(j="RO", debtor="consumer")),
    ("RO per-change January 2021", 1000000, "2021-01-10", "2021-01-31", dict(j="RO", mode="per-change")),
]

if __name__ == "__main__":
    for name, amount, due, as_of, kw in CASES:
        total, rows = interest(amount, due, as_of, detail=True, **kw)
        print(f"{name}: {half_up(total)}  (exact {float(total):.4f})")
        for a, b, principal, rate, value in rows:
            print(f"    {a}..{b} {(D(b) - D(a)).days + 1:>3} d  {principal} x {rate} %  = {float(value):.4f}")
