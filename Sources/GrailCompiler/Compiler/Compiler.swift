import GrailSyntax

/// What `compile()` is asked to build (its `mode` argument).
public enum CompileMode: Sendable { case exec, eval, single }

/// Compiles an AST to bytecode (CPython's compile.c + symtable.c).
/// Thread-safety: each call uses its own state; any number may run at once.
public enum Compiler {
    /// `module` comes from `Parser.parseModuleForCompile()` (exec/single) ;
    /// for eval mode pass a module whose body is one `Expr` statement.
    public static func compile(_ module: Module, filename: String, mode: CompileMode) throws(PySyntaxError) -> CodeUnit {
        let gen = CodeGen(module: module, filename: filename, mode: mode)
        return try gen.compileModule(module)
    }
}

/// The kind of code unit being generated (CPython's `u_scope_type`).
/// Thread-safety: a plain value type.
enum UnitKind {
    case module, classBody, function, asyncFunction, lambda, comprehension
}

/// CPython's `enum fblocktype`: the frame blocks a `break`, `continue` or
/// `return` has to unwind. Thread-safety: a plain value type.
enum FBlockKind {
    case whileLoop, forLoop, tryExcept, finallyTry, finallyEnd, with, asyncWith, handlerCleanup
    case popValue, exceptionHandler, exceptionGroupHandler, asyncComprehensionGenerator
}

/// CPython's `struct fblockinfo`: one frame block with what unwinding it
/// needs (loop labels, the `finally` body to duplicate, the `with`
/// statement's location, the `except ... as name` variable).
/// Thread-safety: a plain value type.
struct FBlock {
    var kind: FBlockKind
    /// Loop start (`continue` target); -1 when not a loop.
    var block: Int = -1
    /// Loop exit (`break` target); -1 when not a loop.
    var exit: Int = -1
    var finalBody: [Stmt] = []
    var loc: SourceRange?
    var name: String?
}

/// The per-code-unit state of code generation (CPython's `compiler_unit`).
/// Thread-safety: mutable; owned by one `CodeGen`.
final class Unit {
    let kind: UnitKind
    let scope: Scope
    let b: CodeBuilder
    let name: String
    var qualname: String
    var privateName: String?
    var fblocks: [FBlock] = []
    var firstLineNo: Int
    var argCount = 0
    var posOnlyArgCount = 0
    var kwOnlyArgCount = 0

    init(kind: UnitKind, scope: Scope, name: String, qualname: String, firstLineNo: Int) {
        self.kind = kind
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLineNo = firstLineNo
        b = CodeBuilder(params: scope.params, cellvars: scope.cellvars, freevars: scope.freevars)
    }
}

/// Generates code for a whole module: a stack of `Unit`s (one per nested
/// function, class body, lambda or comprehension being compiled) over the
/// scopes from `SymbolAnalysis`. Methods live in the `Compiler+*.swift`
/// extensions. Errors are recorded in `error` (the first one wins) so that
/// visitors need not throw.
/// Thread-safety: mutable; one instance per `Compiler.compile` call.
final class CodeGen {
    let filename: String
    let mode: CompileMode
    let futureAnnotations: Bool
    var symbols: SymbolAnalysis
    var unit: Unit
    var stack: [Unit] = []
    var error: PySyntaxError?

    /// CPython's `STACK_USE_GUIDELINE`.
    static let stackUseGuideline = 30

    init(module: Module, filename: String, mode: CompileMode) {
        self.filename = filename
        self.mode = mode
        let fa = CodeGen.hasFutureAnnotations(module)
        futureAnnotations = fa
        if mode == .eval, module.body.count == 1, case .expr(let e) = module.body[0].kind {
            symbols = SymbolAnalysis.run(expression: e, futureAnnotations: fa)
        } else {
            symbols = SymbolAnalysis.run(module, futureAnnotations: fa)
        }
        unit = Unit(kind: .module, scope: symbols.top, name: "<module>", qualname: "<module>", firstLineNo: 1)
    }

    /// Whether the module starts (after its docstring) with
    /// `from __future__ import annotations`.
    static func hasFutureAnnotations(_ m: Module) -> Bool {
        var i = 0
        if let first = m.body.first, case .expr(let v) = first.kind, case .constant(.str, _) = v.kind { i = 1 }
        while i < m.body.count {
            guard case .importFrom(let module, let names, _) = m.body[i].kind, module == "__future__" else { break }
            if names.contains(where: { $0.name == "annotations" }) { return true }
            i += 1
        }
        return false
    }

    func fail(_ message: String, _ r: SourceRange?) {
        if error != nil { return }
        let r = r ?? .zero
        error = PySyntaxError(.syntaxError, message, lineno: Int(r.lineno), offset: Int(r.col) + 1,
                              endLineno: Int(r.endLineno), endOffset: Int(r.endCol) + 1)
    }

    var b: CodeBuilder { unit.b }

    // MARK: module

    func compileModule(_ m: Module) throws(PySyntaxError) -> CodeUnit {
        switch mode {
        case .exec:
            compileBody(m.body)
            finishWithReturnNone()
        case .single:
            if findAnnotations(m.body) { b.emit(.SETUP_ANNOTATIONS) }
            visitStmts(m.body)
            finishWithReturnNone()
        case .eval:
            if m.body.count == 1, case .expr(let e) = m.body[0].kind {
                visitExpr(e)
                b.emit(.RETURN_VALUE)
            } else {
                compileBody(m.body)
                finishWithReturnNone()
            }
        }
        let code = try assembleUnit(keepFirstConst: false)
        if let e = error { throw e }
        return code
    }

    /// Adds the implicit `return None` unless the code already ends in a
    /// terminator nothing jumps past.
    func finishWithReturnNone() {
        if b.endsWithTerminator { return }
        b.loc = nil
        b.loadConst(.none)
        b.emit(.RETURN_VALUE)
    }

    func assembleUnit(keepFirstConst: Bool) throws(PySyntaxError) -> CodeUnit {
        var flags: CodeFlags = []
        let s = unit.scope
        if s.kind == .function {
            flags.formUnion([.optimized, .newLocals])
            if s.isNested { flags.insert(.nested) }
            if s.isGenerator && !s.isCoroutine { flags.insert(.generator) }
            if !s.isGenerator && s.isCoroutine { flags.insert(.coroutine) }
            if s.isGenerator && s.isCoroutine { flags.insert(.asyncGenerator) }
            if s.hasVarArgs { flags.insert(.varArgs) }
            if s.hasVarKeywords { flags.insert(.varKeywords) }
        }
        let h = Assembler.Header(name: unit.name, qualname: unit.qualname, filename: filename,
                                 firstLineNo: unit.firstLineNo, argCount: unit.argCount,
                                 posOnlyArgCount: unit.posOnlyArgCount, kwOnlyArgCount: unit.kwOnlyArgCount,
                                 flags: flags, keepFirstConst: keepFirstConst)
        return try Assembler.assemble(unit.b, h)
    }

    // MARK: units

    /// Finds the scope the symbol pass built for `key`, or an empty one.
    func scopeFor(_ key: ScopeKey, kind: Scope.Kind, name: String) -> Scope {
        if let s = symbols.byKey[key] { return s }
        return Scope(kind: kind, name: name, parent: unit.scope)
    }

    /// CPython's `compiler_enter_scope` + `compiler_set_qualname`.
    func enterUnit(_ kind: UnitKind, scope: Scope, name: String, firstLineNo: Int) {
        var qualname = name
        if unit.kind != .module || !stack.isEmpty {
            // The parent is not the module: build a dotted qualname.
            var forceGlobal = false
            if kind == .function || kind == .asyncFunction || kind == .classBody {
                let mangled = mangleName(unit.privateName, name)
                if unit.scope.scope(of: mangled) == .globalExplicit { forceGlobal = true }
            }
            if !forceGlobal {
                switch unit.kind {
                case .function, .asyncFunction, .lambda:
                    qualname = unit.qualname + ".<locals>." + name
                default:
                    qualname = unit.qualname + "." + name
                }
            }
        }
        let u = Unit(kind: kind, scope: scope, name: name, qualname: qualname, firstLineNo: firstLineNo)
        u.privateName = unit.privateName
        stack.append(unit)
        unit = u
    }

    /// Assembles the current unit and returns to its parent.
    func exitUnit(keepFirstConst: Bool) -> CodeUnit {
        let code: CodeUnit
        do {
            code = try assembleUnit(keepFirstConst: keepFirstConst)
        } catch {
            if self.error == nil { self.error = error }
            code = CodeUnit()
        }
        if let parent = stack.popLast() { unit = parent }
        return code
    }

    // MARK: names

    /// CPython's `compiler_nameop`.
    func nameOp(_ name: String, _ ctx: ExprContext) {
        let mangled = mangleName(unit.privateName, name)
        let scope = unit.scope.scope(of: mangled)
        let isFunction = unit.scope.kind == .function
        /// Which family of load/store/delete opcodes serves the name.
        /// Thread-safety: a plain value type.
        enum OpType { case fast, global, deref, name }
        var opType = OpType.name
        var derefIdx: Int?
        switch scope {
        case .free:
            derefIdx = b.freeIndex(mangled)
            opType = .deref
        case .cell:
            derefIdx = b.cellIndex(mangled)
            opType = .deref
        case .local:
            if isFunction { opType = .fast }
        case .globalImplicit:
            if isFunction { opType = .global }
        case .globalExplicit:
            opType = .global
        case .unknown:
            break
        }
        if opType == .deref && derefIdx == nil { opType = isFunction ? .global : .name }
        switch opType {
        case .deref:
            let i = derefIdx ?? 0
            switch ctx {
            case .load: b.emit(unit.scope.kind == .classBody ? .LOAD_CLASSDEREF : .LOAD_DEREF, i)
            case .store: b.emit(.STORE_DEREF, i)
            case .del: b.emit(.DELETE_DEREF, i)
            }
        case .fast:
            let i = b.varnameIndex(mangled)
            switch ctx {
            case .load: b.emit(.LOAD_FAST, i)
            case .store: b.emit(.STORE_FAST, i)
            case .del: b.emit(.DELETE_FAST, i)
            }
        case .global:
            let i = b.nameIndex(mangled)
            switch ctx {
            case .load: b.emit(.LOAD_GLOBAL, i)
            case .store: b.emit(.STORE_GLOBAL, i)
            case .del: b.emit(.DELETE_GLOBAL, i)
            }
        case .name:
            let i = b.nameIndex(mangled)
            switch ctx {
            case .load: b.emit(.LOAD_NAME, i)
            case .store: b.emit(.STORE_NAME, i)
            case .del: b.emit(.DELETE_NAME, i)
            }
        }
    }

    /// An instruction taking a (mangled) name from `names`.
    func emitName(_ op: Opcode, _ name: String, mangle: Bool = true) {
        b.emit(op, b.nameIndex(mangle ? mangleName(unit.privateName, name) : name))
    }

    // MARK: frame blocks

    func pushFBlock(_ f: FBlock) {
        unit.fblocks.append(f)
    }

    func popFBlock() {
        _ = unit.fblocks.popLast()
    }

    /// Runs `body` with `loc` as the current location, then restores it.
    func withLoc(_ r: SourceRange?, _ body: () -> Void) {
        let saved = b.loc
        b.loc = r
        body()
        b.loc = saved
    }

    /// CPython's `find_ann`: whether a module or class body needs
    /// `SETUP_ANNOTATIONS`.
    func findAnnotations(_ stmts: [Stmt]) -> Bool {
        for st in stmts {
            switch st.kind {
            case .annAssign:
                return true
            case .for(_, _, let body, let orelse), .asyncFor(_, _, let body, let orelse),
                 .while(_, let body, let orelse), .if(_, let body, let orelse):
                if findAnnotations(body) || findAnnotations(orelse) { return true }
            case .with(_, let body), .asyncWith(_, let body):
                if findAnnotations(body) { return true }
            case .try(let body, let handlers, let orelse, let finalbody),
                 .tryStar(let body, let handlers, let orelse, let finalbody):
                for h in handlers where findAnnotations(h.body) { return true }
                if findAnnotations(body) || findAnnotations(finalbody) || findAnnotations(orelse) { return true }
            case .match(_, let cases):
                for c in cases where findAnnotations(c.body) { return true }
            default:
                break
            }
        }
        return false
    }

    /// The docstring of a body, as CPython's `_PyAST_GetDocString`.
    func docString(_ body: [Stmt]) -> [UInt32]? {
        guard let first = body.first, case .expr(let e) = first.kind,
              case .constant(.str(let s), _) = e.kind else { return nil }
        return s
    }

    /// CPython's `compiler_body` for modules and class bodies.
    func compileBody(_ stmts: [Stmt]) {
        if unit.kind == .module, let first = stmts.first { b.loc = first.range }
        if findAnnotations(stmts) { b.emit(.SETUP_ANNOTATIONS) }
        var i = 0
        if let first = stmts.first, docString(stmts) != nil, case .expr(let e) = first.kind {
            i = 1
            b.loc = first.range
            visitExpr(e)
            b.loc = nil
            nameOp("__doc__", .store)
        }
        while i < stmts.count {
            visitStmt(stmts[i])
            i += 1
        }
    }
}
