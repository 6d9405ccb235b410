def rpn(expr):
    stack = []
    ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b,
           "^": lambda a, b: a ** b}
    for tok in expr.split():
        if tok in ops:
            if len(stack) < 2:
                raise ValueError(f"stack underflow at {tok!r}")
            b, a = stack.pop(), stack.pop()
            stack.append(ops[tok](a, b))
        elif tok == "dup":
            stack.append(stack[-1])
        elif tok == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            try:
                stack.append(int(tok))
            except ValueError:
                stack.append(float(tok))
    if len(stack) != 1:
        raise ValueError(f"bad expression, stack={stack}")
    return stack[0]
for e in ["3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ dup *", "1 2 swap -", "7 2 /", "1.5 2 *"]:
    print(e, "=", rpn(e))
for e in ["1 +", "1 2", "1 0 /", "x"]:
    try:
        rpn(e)
    except (ValueError, ZeroDivisionError) as ex:
        print(type(ex).__name__, ex)

PUSH, ADD, SUB, MUL, JMP, JZ, LOAD, STORE, PRINT, HALT, DUP, LT = range(12)
def run(code):
    pc, stack, mem, out = 0, [], {}, []
    steps = 0
    while True:
        op = code[pc]
        steps += 1
        if op == PUSH:
            stack.append(code[pc + 1]); pc += 2
        elif op == ADD:
            b = stack.pop(); stack[-1] += b; pc += 1
        elif op == SUB:
            b = stack.pop(); stack[-1] -= b; pc += 1
        elif op == MUL:
            b = stack.pop(); stack[-1] *= b; pc += 1
        elif op == LT:
            b = stack.pop(); stack[-1] = int(stack[-1] < b); pc += 1
        elif op == JMP:
            pc = code[pc + 1]
        elif op == JZ:
            pc = code[pc + 1] if stack.pop() == 0 else pc + 2
        elif op == LOAD:
            stack.append(mem[code[pc + 1]]); pc += 2
        elif op == STORE:
            mem[code[pc + 1]] = stack.pop(); pc += 2
        elif op == DUP:
            stack.append(stack[-1]); pc += 1
        elif op == PRINT:
            out.append(stack.pop()); pc += 1
        elif op == HALT:
            return out, steps
        else:
            raise RuntimeError(f"bad opcode {op}")
# factorial of 20 with a loop: acc=1, i=1; while i < 21: acc*=i; i+=1
prog = [PUSH, 1, STORE, "acc", PUSH, 1, STORE, "i",
        LOAD, "i", PUSH, 21, LT, JZ, 34,
        LOAD, "acc", LOAD, "i", MUL, STORE, "acc",
        LOAD, "i", PUSH, 1, ADD, STORE, "i", JMP, 8, HALT, HALT, HALT,
        LOAD, "acc", PRINT, HALT]
print(run(prog))
try:
    run([PUSH, 1, 99])
except RuntimeError as e:
    print(type(e).__name__, e)
