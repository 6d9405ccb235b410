/// Operator, context and comparison enumerations of CPython's `Python.asdl`.
/// Raw values are the `ast` class names. Thread-safety: plain value types.
public enum ExprContext: String, Sendable { case load = "Load", store = "Store", del = "Del" }

public enum BoolOperator: String, Sendable { case and = "And", or = "Or" }

public enum BinaryOperator: String, Sendable {
    case add = "Add", sub = "Sub", mult = "Mult", matMult = "MatMult", div = "Div", mod = "Mod"
    case pow = "Pow", lShift = "LShift", rShift = "RShift", bitOr = "BitOr", bitXor = "BitXor"
    case bitAnd = "BitAnd", floorDiv = "FloorDiv"
}

public enum UnaryOperator: String, Sendable { case invert = "Invert", not = "Not", uAdd = "UAdd", uSub = "USub" }

public enum CompareOperator: String, Sendable {
    case eq = "Eq", notEq = "NotEq", lt = "Lt", ltE = "LtE", gt = "Gt", gtE = "GtE"
    case `is` = "Is", isNot = "IsNot", `in` = "In", notIn = "NotIn"
}
