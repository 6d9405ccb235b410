# PEP 3131: non-ASCII identifiers are NFKC-normalised by the parser.
ﬁle = 1          # U+FB01 LATIN SMALL LIGATURE FI -> "file"
print(file)
Ａbc = 2          # FULLWIDTH A -> "Abc"
print(Abc, "Abc" in globals(), "Ａbc" in globals())
class Ｋ:
    ｘ = 3
print(K.x, K.__name__)
def ｆ(ａ, b=ℌ if False else 4):   # U+210C -> "H" (not evaluated)
    return a + b
print(f(1))
ñ = "n-tilde"    # already NFC, stays
print(ñ)
print(getattr(K, "ｘ", "none"), getattr(K, "x"))
