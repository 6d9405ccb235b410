import GrailSyntax

/// Symbol flags recorded while walking a scope (CPython's `DEF_*` bits of
/// `Include/internal/pycore_symtable.h`). Thread-safety: constants.
enum SymFlag {
    static let global = 1
    static let local = 2
    static let param = 4
    static let nonlocal = 8
    static let use = 16
    static let free = 32
    static let freeClass = 64
    static let imported = 128
    static let annot = 256
    static let compIter = 512
    static let bound = local | param | imported
}

/// Where a name lives once analysis is done (CPython's LOCAL, GLOBAL_EXPLICIT,
/// GLOBAL_IMPLICIT, FREE, CELL). Thread-safety: a plain value type.
enum SymScope: UInt8 {
    case unknown, local, globalExplicit, globalImplicit, free, cell
}

/// Identifies the AST node that opened a scope, shared by the symbol pass and
/// code generation (both walk the same tree; positions plus node kind are
/// unique among scope-creating nodes). Thread-safety: a plain value type.
struct ScopeKey: Hashable {
    /// Kind of scope-creating node. Thread-safety: a plain value type.
    enum Tag: UInt8 { case function, lambda, classBody, listComp, setComp, dictComp, genExp }
    var lineno: Int32
    var col: Int32
    var endLineno: Int32
    var endCol: Int32
    var tag: Tag

    init(_ r: SourceRange, _ tag: Tag) {
        lineno = r.lineno
        col = r.col
        endLineno = r.endLineno
        endCol = r.endCol
        self.tag = tag
    }
}

/// One symbol-table block (CPython's `PySTEntryObject`): the names a module,
/// class body, function, lambda or comprehension uses, and after analysis
/// where each of them lives.
/// Thread-safety: mutable while `SymbolAnalysis` runs; read-only afterwards,
/// owned by one compilation.
final class Scope {
    /// `_Py_block_ty`: lambdas and comprehensions are function blocks.
    /// Thread-safety: a plain value type.
    enum Kind { case module, function, classBody }

    let kind: Kind
    let name: String
    /// Non-nil for comprehension scopes.
    var comprehension: ScopeKey.Tag?
    weak var parent: Scope?
    var children: [Scope] = []
    /// Flags by mangled name, plus first-insertion order.
    var flags: [String: Int] = [:]
    var order: [String] = []
    /// Resolved scopes after analysis.
    var scopes: [String: SymScope] = [:]
    /// Parameter names in CPython's varnames order.
    var params: [String] = []
    var isNested = false
    var hasFree = false
    var childFree = false
    var isGenerator = false
    var isCoroutine = false
    var hasVarArgs = false
    var hasVarKeywords = false
    var needsClassClosure = false
    /// Set while visiting a comprehension's iteration target.
    var compIterTarget = false

    init(kind: Kind, name: String, parent: Scope?) {
        self.kind = kind
        self.name = name
        self.parent = parent
        if let p = parent, p.isNested || p.kind == .function { isNested = true }
    }

    /// The resolved scope of a (mangled) name; `.unknown` for names the
    /// symbol pass never saw (e.g. `__doc__`, `__module__`).
    func scope(of name: String) -> SymScope { scopes[name] ?? .unknown }

    /// Cell variables in code-unit order (sorted, like CPython's `dictbytype`).
    var cellvars: [String] {
        if kind == .classBody { return needsClassClosure ? ["__class__"] : [] }
        return sortedNames { _, s in s == .cell }
    }

    /// Free variables in code-unit order (sorted).
    var freevars: [String] {
        sortedNames { f, s in s == .free || f & SymFlag.freeClass != 0 }
    }

    private func sortedNames(_ pick: (Int, SymScope) -> Bool) -> [String] {
        var out: [String] = []
        for n in order where pick(flags[n] ?? 0, scopes[n] ?? .unknown) { out.append(n) }
        return out.sorted { a, b in a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) }
    }
}

/// CPython's `_Py_Mangle`: `__spam` inside class `Ham` becomes `_Ham__spam`;
/// dunder names, dotted names and classes named only `_` are left alone.
func mangleName(_ privateName: String?, _ name: String) -> String {
    guard let priv = privateName else { return name }
    let u = name.utf8
    guard u.count >= 2, u.starts(with: [0x5F, 0x5F]) else { return name }
    if u.reversed().starts(with: [0x5F, 0x5F]) { return name }
    if u.contains(0x2E) { return name }
    let stripped = priv.drop { $0 == "_" }
    if stripped.isEmpty { return name }
    return "_" + stripped + name
}
