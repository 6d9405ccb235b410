class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount}, balance {account.balance}")
        self.amount = amount

class Account:
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def __repr__(self):
        return f"<{type(self).__name__} #{self.id} {self.owner}: {self.balance}>"

class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Overdraft(Account):
    def __init__(self, owner, balance=0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def withdraw(self, amount):
        if amount > self.balance + self.limit:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kw):
        acct = cls(*args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        a, b = self.accounts[src], self.accounts[dst]
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except ValueError:
            a.deposit(amount)
            raise
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print("  ", acct)

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 250)
carol = bank.open(Overdraft, "carol", limit=50)
bank.transfer(alice.id, bob.id, 30)
print(bob.add_interest())
carol.withdraw(40)
for op in [lambda: alice.withdraw(1000), lambda: carol.withdraw(11), lambda: alice.deposit(-5),
           lambda: bank.transfer(alice.id, 99, 1), lambda: bank.transfer(bob.id, alice.id, 0)]:
    try:
        op()
    except InsufficientFunds as e:
        print("InsufficientFunds:", e, e.amount)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
bank.report()
print(round(bank.total(), 2), alice.history, bob.history, carol.history)
print([type(a).__name__ for a in bank.accounts.values()], isinstance(bob, Account))
