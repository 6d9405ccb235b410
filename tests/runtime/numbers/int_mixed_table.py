# operator table over mixed int/float/bool operands incl. reflected forms
import operator
ops = [operator.add, operator.sub, operator.mul, operator.truediv, operator.floordiv, operator.mod, operator.pow]
vals = [3, -3, 0, 2.5, -0.5, True, 2**65, -(2**65)]
for f in ops:
    for a in vals:
        row = []
        for b in vals:
            try:
                r = f(a, b)
                row.append(repr(r) if not isinstance(r, float) or abs(r) < 1e300 else 'big')
            except Exception as e:
                row.append(type(e).__name__)
        print(f.__name__, repr(a), row)
