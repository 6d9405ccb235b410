"""Word count: generate a pseudo-random English-like text, then tokenise,
normalise and count it with str methods and dicts; report the most common
words, bigrams and letter frequencies (dict- and str-heavy).

Argument: number of words in the generated text."""
import sys

DEFAULT = 400000
SMALL = 500

ONSETS = ["", "b", "c", "d", "f", "g", "h", "l", "m", "n", "p", "r", "s", "t", "th", "st", "tr", "ch", "sh", "w"]
VOWELS = ["a", "e", "i", "o", "u", "ea", "ou", "ai", "y"]
CODAS = ["", "", "n", "r", "s", "t", "nd", "ng", "ll", "ck"]
PUNCT = [",", ".", ";", "!", "?", ":"]


class Lcg:
    def __init__(self, seed):
        self.x = seed

    def next(self, n):
        self.x = (self.x * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (self.x >> 33) % n


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = ""
        for _ in range(1 + rng.next(3)):
            w += ONSETS[rng.next(len(ONSETS))] + VOWELS[rng.next(len(VOWELS))] + CODAS[rng.next(len(CODAS))]
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(rng, vocab, nwords):
    parts = []
    line = []
    capital = True
    for i in range(nwords):
        # Zipf-like choice: small indices are much more common
        r = rng.next(len(vocab))
        idx = (r * r // len(vocab)) * rng.next(len(vocab)) // len(vocab)
        w = vocab[idx]
        if capital:
            w = w.capitalize()
            capital = False
        if rng.next(9) == 0:
            p = PUNCT[rng.next(len(PUNCT))]
            w += p
            capital = p in ".!?"
        if rng.next(41) == 0:
            w = '"' + w + '"'
        line.append(w)
        if len(line) >= 12 or rng.next(15) == 0:
            parts.append(" ".join(line))
            line = []
    parts.append(" ".join(line))
    return "\n".join(parts)


def count_words(text):
    counts = {}
    for line in text.splitlines():
        for tok in line.split():
            w = tok.strip('".,;:!?').lower()
            if w:
                counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(text):
    bigrams = {}
    prev = None
    for tok in text.split():
        w = tok.strip('".,;:!?').lower()
        if prev is not None:
            key = prev + " " + w
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return bigrams


def letter_frequencies(counts):
    letters = {}
    for w, c in counts.items():
        for ch in w:
            letters[ch] = letters.get(ch, 0) + c
    return letters


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    rng = Lcg(2024)
    vocab = make_vocabulary(rng, 3000)
    text = make_text(rng, vocab, n)
    counts = count_words(text)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    print("chars %d lines %d distinct %d" % (len(text), text.count("\n") + 1, len(counts)))
    print("top", ", ".join("%s=%d" % kv for kv in top))
    bigrams = count_bigrams(text)
    btop = sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    print("bigrams %d" % len(bigrams), "; ".join("%s=%d" % kv for kv in btop))
    letters = letter_frequencies(counts)
    print("letters", "".join(k for k, v in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))))
    upper = text.upper()
    print("checks", upper.count("THE"), text.find("chou"), len(text.replace("a", "ää")), sum(len(w) for w in counts))


main()
