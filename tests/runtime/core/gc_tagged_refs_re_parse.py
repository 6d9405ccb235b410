# Regression (issue 3): re._parser over a long string with large temporaries crashed
# (a dict table read as null, a local as unbound) when long Swift Strings held only
# inside heap buffers were reclaimed: the collector did not see their tagged pointers.
import re
from re import _parser, _compiler
s = 'ab' * 200000
for i in range(6):
    junk = [x + 'q' for x in s.split('b')]
    big = [0] * 3000000
    p = _parser.parse('(?:(a)|b)*' + 'x' * i, 0)
    code = _compiler._code(p, 0)
    print(i, len(junk), len(code))
