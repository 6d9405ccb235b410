# A failing done-callback is reported on stderr; later callbacks still run.
import concurrent.futures as cf

ran = []


def bad(fut):
    raise ValueError("callback failed")


f = cf.Future()
f.add_done_callback(bad)
f.add_done_callback(lambda fut: ran.append(fut.result()))
f.set_result(7)
print(ran, f.done())
