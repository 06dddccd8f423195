/// One child of an `XMLElement`: a nested element or a run of character data.
package enum XMLNode: Sendable, Hashable {
    case element(XMLElement)
    /// Character data with entities and character references already resolved; CDATA
    /// sections are merged into the surrounding text.
    case text(String)
}
