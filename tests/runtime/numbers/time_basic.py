# time module: clock types, monotonicity, struct_time, formatting in UTC
import time
t1 = time.time(); n1 = time.time_ns(); p1 = time.perf_counter(); m1 = time.monotonic()
print(type(t1).__name__, type(n1).__name__, type(p1).__name__, type(time.perf_counter_ns()).__name__, type(time.monotonic_ns()).__name__)
print(type(time.process_time()).__name__, type(time.process_time_ns()).__name__, type(time.thread_time()).__name__)
print(t1 > 1.6e9, n1 > 1.6e18, abs(n1 / 1e9 - t1) < 5)
time.sleep(0.01)
print(time.perf_counter() - p1 >= 0.009, time.monotonic() >= m1)
time.sleep(0)
time.sleep(1 / 1000)
for bad in [-1, -0.5, 'x', float('nan')]:
    try:
        time.sleep(bad)
    except Exception as e:
        print(type(e).__name__, e)
g = time.gmtime(0)
print(g)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst, len(g), g[0], g[-1], tuple(g))
g2 = time.gmtime(1700000000.9)
print(g2, g2[:3])
print(time.gmtime(-86400))
print(time.strftime('%Y-%m-%d %H:%M:%S', g2), time.strftime('%a %b %d %j %y %%', g2), time.strftime('', g2))
print(time.asctime(g2), time.asctime(time.gmtime(0)))
print(time.strftime('%Y', (2020, 1, 1, 0, 0, 0, 0, 1, 0)), time.asctime((2021, 3, 4, 5, 6, 7, 3, 63, 0)))
st = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(st, st.tm_mday, type(st).__name__, isinstance(st, tuple))
print(isinstance(time.localtime(), time.struct_time), len(time.localtime()), type(time.ctime()).__name__)
print(type(time.timezone).__name__, type(time.altzone).__name__, type(time.daylight).__name__, len(time.tzname))
info = time.get_clock_info('monotonic')
print(info.monotonic, info.adjustable)
try:
    time.strftime('%Y', (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(e)
