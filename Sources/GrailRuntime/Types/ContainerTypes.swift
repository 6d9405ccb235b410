/// Installs the methods of its type family (stub until its owner fills it).
enum ContainerTypes {
    static func install() {}
}
