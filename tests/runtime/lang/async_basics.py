import asyncio
async def add(a, b):
    return a + b
async def main():
    r = await add(1, 2)
    rs = await asyncio.gather(add(1, 1), add(2, 2), add(3, 3))
    return r, rs
print(asyncio.run(main()))
coro = add(5, 6)
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as e:
    print("manual drive result:", e.value)
class Awaitable:
    def __await__(self):
        v = yield "suspended"
        return f"resumed with {v}"
async def uses_awaitable():
    return await Awaitable()
c = uses_awaitable()
print(c.send(None))
try:
    c.send("X")
except StopIteration as e:
    print(e.value)
async def agen(n):
    for i in range(n):
        yield i * 10
async def consume():
    out = [v async for v in agen(3)]
    async for v in agen(2):
        out.append(-v)
    return out
print(asyncio.run(consume()))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return "ctx"
    async def __aexit__(self, *exc):
        print("aexit", exc[0])
        return False
async def use_acm():
    async with ACM() as v:
        print("inside", v)
asyncio.run(use_acm())
async def raiser():
    raise ValueError("async error")
async def catcher():
    try:
        await raiser()
    except ValueError as e:
        return "caught " + str(e)
print(asyncio.run(catcher()))
async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
async def ordering():
    log = []
    await asyncio.gather(sleeper("slow", 0.02, log), sleeper("fast", 0.0, log))
    return log
print(asyncio.run(ordering()))
try:
    async def bad():
        await 5
    asyncio.run(bad())
except TypeError as e:
    print(type(e).__name__, e)
cr = add(1, 1)
cr.close()
print("closed coroutine without running")
import inspect
print(inspect.iscoroutinefunction(add), inspect.isasyncgenfunction(agen))
