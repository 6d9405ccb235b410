def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_week(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    if m < 3:
        y -= 1
    return (y + y // 4 - y // 100 + y // 400 + t[m - 1] + d) % 7
NAMES = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
def month_calendar(y, m):
    lines = [f"{y}-{m:02d}".center(20), " ".join(n[:2] for n in NAMES)]
    first = day_of_week(y, m, 1)
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month_calendar(2024, 2))
print(month_calendar(2000, 1))
print([y for y in range(1896, 1920) if is_leap(y)], is_leap(2000), is_leap(2100))
def ordinal(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d
import datetime
for date in [(2024, 2, 29), (1970, 1, 1), (1999, 12, 31), (2000, 3, 1)]:
    print(date, NAMES[day_of_week(*date)], ordinal(*date) == datetime.date(*date).toordinal(), datetime.date(*date).strftime("%a"))
def add_days(y, m, d, n):
    while n > 0:
        d += 1
        if d > days_in_month(y, m):
            d, m = 1, m + 1
            if m > 12:
                m, y = 1, y + 1
        n -= 1
    return y, m, d
print(add_days(2023, 12, 25, 10), add_days(2024, 2, 28, 1), add_days(2023, 2, 28, 1), add_days(2024, 1, 1, 366))
