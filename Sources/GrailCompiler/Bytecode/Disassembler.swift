import GrailSyntax

/// Text listing of a code unit, like `dis.dis` (for debugging and tests):
/// line numbers where they change, `>>` on jump targets, instruction index,
/// opcode, argument and what it means (constant, name, variable, jump target,
/// operator), then the exception table; nested code units follow.
/// Thread-safety: pure functions.
public enum Disassembler {
    public static func disassemble(_ u: CodeUnit) -> String {
        var out = ""
        disassemble(u, into: &out)
        return out
    }

    private static func disassemble(_ u: CodeUnit, into out: inout String) {
        out += "Disassembly of <code object \(u.qualname), file \"\(u.filename)\", line \(u.firstLineNo)>:\n"
        out += "  flags: \(flagNames(u.flags)); args: \(u.argCount) (posonly \(u.posOnlyArgCount), kwonly \(u.kwOnlyArgCount)); stacksize: \(u.stackSize)\n"
        if !u.varnames.isEmpty { out += "  varnames: \(u.varnames.joined(separator: ", "))\n" }
        if !u.cellvars.isEmpty { out += "  cellvars: \(u.cellvars.joined(separator: ", "))\n" }
        if !u.freevars.isEmpty { out += "  freevars: \(u.freevars.joined(separator: ", "))\n" }
        var targets = Set<Int>()
        for ins in u.instructions where isJump(ins.opcode) { targets.insert(ins.arg) }
        for e in u.exceptionTable { targets.insert(e.handler) }
        var lastLine: Int32 = -1
        for (i, ins) in u.instructions.enumerated() {
            let line = i < u.positions.count ? u.positions[i].line : 0
            var lineCol = ""
            if line != lastLine {
                if i > 0 { out += "\n" }
                lineCol = String(line)
                lastLine = line
            }
            let mark = targets.contains(i) ? ">>" : "  "
            var s = pad(lineCol, 4, left: true) + "  " + mark + pad(String(i), 5, left: true) + " "
            let name = "\(ins.opcode)"
            if hasArg(ins.opcode) {
                s += pad(name, 24) + pad(String(ins.arg), 5, left: true)
                let meaning = argMeaning(u, ins)
                if !meaning.isEmpty { s += " (" + meaning + ")" }
            } else {
                s += name
            }
            out += s + "\n"
        }
        if !u.exceptionTable.isEmpty {
            out += "ExceptionTable:\n"
            for e in u.exceptionTable {
                out += "  \(e.start) to \(e.end - 1) -> \(e.handler) [\(e.depth)]\(e.pushLasti ? " lasti" : "")\n"
            }
        }
        for c in u.constants {
            if case .code(let inner) = c {
                out += "\n"
                disassemble(inner, into: &out)
            }
        }
    }

    private static func pad(_ s: String, _ n: Int, left: Bool = false) -> String {
        let k = s.count
        if k >= n { return s }
        let sp = String(repeating: " ", count: n - k)
        return left ? sp + s : s + sp
    }

    private static func isJump(_ op: Opcode) -> Bool {
        switch op {
        case .JUMP, .FOR_ITER, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE,
             .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP, .SEND:
            return true
        default:
            return false
        }
    }

    private static func hasArg(_ op: Opcode) -> Bool {
        switch op {
        case .NOP, .POP_TOP, .PUSH_NULL, .LOAD_BUILD_CLASS, .LOAD_ASSERTION_ERROR, .LOAD_LOCALS, .SETUP_ANNOTATIONS,
             .UNARY_POSITIVE, .UNARY_NEGATIVE, .UNARY_NOT, .UNARY_INVERT, .BINARY_SUBSCR, .STORE_SUBSCR,
             .DELETE_SUBSCR, .LIST_TO_TUPLE, .GET_ITER, .RETURN_VALUE, .IMPORT_STAR, .PUSH_EXC_INFO, .POP_EXCEPT,
             .CHECK_EXC_MATCH, .CHECK_EG_MATCH, .PREP_RERAISE_STAR, .WITH_EXCEPT_START, .BEFORE_WITH,
             .YIELD_VALUE, .GET_YIELD_FROM_ITER, .GET_LEN, .MATCH_MAPPING, .MATCH_SEQUENCE, .MATCH_KEYS,
             .PRINT_EXPR:
            return false
        default:
            return true
        }
    }

    private static func at(_ a: [String], _ i: Int) -> String {
        i >= 0 && i < a.count ? a[i] : "<\(i)?>"
    }

    private static func argMeaning(_ u: CodeUnit, _ ins: Instruction) -> String {
        let arg = ins.arg
        switch ins.opcode {
        case .LOAD_CONST:
            return arg < u.constants.count ? constRepr(u.constants[arg]) : "<\(arg)?>"
        case .LOAD_NAME, .STORE_NAME, .DELETE_NAME, .LOAD_GLOBAL, .STORE_GLOBAL, .DELETE_GLOBAL,
             .LOAD_ATTR, .STORE_ATTR, .DELETE_ATTR, .LOAD_METHOD, .IMPORT_NAME, .IMPORT_FROM:
            return at(u.names, arg)
        case .LOAD_FAST, .STORE_FAST, .DELETE_FAST:
            return at(u.varnames, arg)
        case .LOAD_DEREF, .STORE_DEREF, .DELETE_DEREF, .LOAD_CLASSDEREF, .LOAD_CLOSURE:
            return at(u.cellvars + u.freevars, arg)
        case .JUMP, .FOR_ITER, .POP_JUMP_IF_FALSE, .POP_JUMP_IF_TRUE, .POP_JUMP_IF_NONE, .POP_JUMP_IF_NOT_NONE,
             .JUMP_IF_FALSE_OR_POP, .JUMP_IF_TRUE_OR_POP, .SEND:
            return "to \(arg)"
        case .COMPARE_OP:
            return ["<", "<=", "==", "!=", ">", ">="].indices.contains(arg) ? ["<", "<=", "==", "!=", ">", ">="][arg] : "?"
        case .IS_OP:
            return arg == 0 ? "is" : "is not"
        case .CONTAINS_OP:
            return arg == 0 ? "in" : "not in"
        case .BINARY_OP:
            let ops = ["+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"]
            if arg < 13 { return ops[arg] }
            if arg < 26 { return ops[arg - 13] + "=" }
            return "?"
        case .FORMAT_VALUE:
            var parts: [String] = []
            switch arg & FormatValueArg.conversionMask {
            case FormatValueArg.str: parts.append("str")
            case FormatValueArg.repr: parts.append("repr")
            case FormatValueArg.ascii: parts.append("ascii")
            default: break
            }
            if arg & FormatValueArg.hasSpec != 0 { parts.append("with format") }
            return parts.joined(separator: ", ")
        case .MAKE_FUNCTION:
            var parts: [String] = []
            if arg & MakeFunctionFlag.defaults != 0 { parts.append("defaults") }
            if arg & MakeFunctionFlag.kwDefaults != 0 { parts.append("kwdefaults") }
            if arg & MakeFunctionFlag.annotations != 0 { parts.append("annotations") }
            if arg & MakeFunctionFlag.closure != 0 { parts.append("closure") }
            return parts.joined(separator: ", ")
        case .UNPACK_EX:
            return "\(arg & 0xFF) before, \(arg >> 8) after"
        default:
            return ""
        }
    }

    private static func flagNames(_ f: CodeFlags) -> String {
        let all: [(CodeFlags, String)] = [
            (.optimized, "OPTIMIZED"), (.newLocals, "NEWLOCALS"), (.varArgs, "VARARGS"), (.varKeywords, "VARKEYWORDS"),
            (.nested, "NESTED"), (.generator, "GENERATOR"), (.noFree, "NOFREE"), (.coroutine, "COROUTINE"),
            (.iterableCoroutine, "ITERABLE_COROUTINE"), (.asyncGenerator, "ASYNC_GENERATOR"),
        ]
        let names = all.filter { f.contains($0.0) }.map { $0.1 }
        return names.isEmpty ? "0" : names.joined(separator: ", ")
    }

    /// Python `repr()` of a code constant.
    public static func constRepr(_ c: CodeConstant) -> String {
        switch c {
        case .none: return "None"
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .bigInt(let s): return s
        case .float(let d): return pyFloatRepr(d)
        case .complex(let r, let i):
            if r == 0 && r.sign == .plus { return pyComplexRepr(imag: i) }
            let re = pyFloatRepr(r)
            let im = pyFloatRepr(i)
            let sign = (i.sign == .minus || im.hasPrefix("-")) ? "" : "+"
            return "(\(re)\(sign)\(im)j)"
        case .str(let s): return pyStrRepr(s)
        case .bytes(let b): return pyBytesRepr(b)
        case .tuple(let items):
            if items.count == 1 { return "(" + constRepr(items[0]) + ",)" }
            return "(" + items.map(constRepr).joined(separator: ", ") + ")"
        case .frozenset(let items):
            return "frozenset({" + items.map(constRepr).joined(separator: ", ") + "})"
        case .code(let u):
            return "<code object \(u.name), line \(u.firstLineNo)>"
        }
    }
}
