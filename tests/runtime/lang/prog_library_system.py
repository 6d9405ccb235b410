from collections import defaultdict, Counter, OrderedDict, deque
class Book:
    def __init__(self, isbn, title, author, copies=1):
        self.isbn, self.title, self.author = isbn, title, author
        self.copies = copies
        self.available = copies
    def __repr__(self):
        return f"<{self.title!r} by {self.author} {self.available}/{self.copies}>"
class LibraryError(Exception):
    pass
class Library:
    def __init__(self):
        self.books = OrderedDict()
        self.loans = defaultdict(list)
        self.waitlist = defaultdict(deque)
        self.log = []
    def add(self, book):
        if book.isbn in self.books:
            self.books[book.isbn].copies += book.copies
            self.books[book.isbn].available += book.copies
        else:
            self.books[book.isbn] = book
    def checkout(self, member, isbn):
        book = self.books.get(isbn)
        if book is None:
            raise LibraryError(f"no such book {isbn}")
        if isbn in self.loans[member]:
            raise LibraryError(f"{member} already has {book.title!r}")
        if book.available == 0:
            self.waitlist[isbn].append(member)
            self.log.append(("wait", member, isbn))
            return False
        book.available -= 1
        self.loans[member].append(isbn)
        self.log.append(("out", member, isbn))
        return True
    def checkin(self, member, isbn):
        try:
            self.loans[member].remove(isbn)
        except ValueError:
            raise LibraryError(f"{member} does not have {isbn}") from None
        book = self.books[isbn]
        book.available += 1
        self.log.append(("in", member, isbn))
        if self.waitlist[isbn]:
            nxt = self.waitlist[isbn].popleft()
            self.checkout(nxt, isbn)
    def report(self):
        counts = Counter(kind for kind, *_ in self.log)
        return dict(sorted(counts.items())), {m: sorted(l) for m, l in sorted(self.loans.items()) if l}
lib = Library()
lib.add(Book("111", "Dune", "Herbert", 2))
lib.add(Book("222", "Emma", "Austen"))
lib.add(Book("111", "Dune", "Herbert"))
print(list(lib.books.values()))
actions = [("ann", "111", "out"), ("bob", "111", "out"), ("cy", "111", "out"), ("dee", "111", "out"),
           ("ann", "222", "out"), ("bob", "222", "out"), ("ann", "111", "in"), ("ann", "999", "out"),
           ("ann", "111", "in"), ("bob", "111", "out"), ("ann", "222", "in")]
for member, isbn, kind in actions:
    try:
        r = lib.checkout(member, isbn) if kind == "out" else lib.checkin(member, isbn)
        print(kind, member, isbn, "->", r)
    except LibraryError as e:
        print("error:", e)
print(lib.report())
print(list(lib.books.values()), {k: list(v) for k, v in lib.waitlist.items() if v})
