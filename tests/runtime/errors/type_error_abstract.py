from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def f(self): ...
S()
