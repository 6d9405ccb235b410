/// Checks CPython makes after parsing, in its symbol-table and compiler
/// passes, that `compile()` (and running a file) report as SyntaxError but
/// `ast.parse` does not: `'return' outside function`, `'yield' outside
/// function`, `'break' outside loop`, `'continue' not properly in loop`,
/// `nonlocal declaration not allowed at module level`.
/// Thread-safety: stateless.
enum CompileChecks {
    static func check(_ m: Module) throws(PySyntaxError) {
        var c = Checker()
        try c.visit(m.body)
    }

    struct Checker {
        var inFunction = false
        var inLoop = false
        var inClass = false

        func error(_ r: SourceRange, _ msg: String) -> PySyntaxError {
            PySyntaxError(.syntaxError, msg, lineno: Int(r.lineno), offset: Int(r.col) + 1,
                          endLineno: Int(r.endLineno), endOffset: Int(r.endCol) + 1)
        }

        mutating func visit(_ body: [Stmt]) throws(PySyntaxError) {
            for s in body { try visit(s) }
        }

        mutating func visitFunctionBody(_ body: [Stmt]) throws(PySyntaxError) {
            let saved = self
            inFunction = true
            inLoop = false
            inClass = false
            try visit(body)
            self = saved
        }

        mutating func visit(_ s: Stmt) throws(PySyntaxError) {
            switch s.kind {
            case .functionDef(_, _, let body, _, _), .asyncFunctionDef(_, _, let body, _, _):
                try visitFunctionBody(body)
            case .classDef(_, _, _, let body, _):
                let saved = self
                inLoop = false
                inClass = true
                inFunction = false
                try visit(body)
                self = saved
            case .return:
                if !inFunction { throw error(s.range, "'return' outside function") }
            case .break:
                if !inLoop { throw error(s.range, "'break' outside loop") }
            case .continue:
                if !inLoop { throw error(s.range, "'continue' not properly in loop") }
            case .nonlocal:
                if !inFunction && !inClass { throw error(s.range, "nonlocal declaration not allowed at module level") }
            case .for(_, _, let body, let orelse), .asyncFor(_, _, let body, let orelse), .while(_, let body, let orelse):
                let saved = inLoop
                inLoop = true
                try visit(body)
                inLoop = saved
                try visit(orelse)
            case .if(_, let body, let orelse):
                try visit(body)
                try visit(orelse)
            case .with(_, let body), .asyncWith(_, let body):
                try visit(body)
            case .try(let body, let handlers, let orelse, let finalbody), .tryStar(let body, let handlers, let orelse, let finalbody):
                try visit(body)
                for h in handlers { try visit(h.body) }
                try visit(orelse)
                try visit(finalbody)
            case .match(_, let cases):
                for c in cases { try visit(c.body) }
            case .expr(let e):
                if !inFunction, case .yield = e.kind { throw error(e.range, "'yield' outside function") }
                if !inFunction, case .yieldFrom = e.kind { throw error(e.range, "'yield' outside function") }
            default:
                break
            }
        }
    }
}
