/**
 * Which block types hold nested bodies (arrays of blocks), and where: for each, the path of field
 * names from the block to each body, every field but the last an array whose members are walked
 * in turn (`['rows', 'cells', 'content']`: each row's cells' `content`). The one place this is
 * written: the converter lowers, the links stage maps, the fidelity check reads and the review
 * site renders nested bodies through it ({@link nestedBodies}, {@link mapNestedBodies}). A new
 * block type with blocks inside is one entry here.
 */
export const NESTED_BODIES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  callout: [['body']],
  definitionList: [['items', 'description']],
  table: [['rows', 'cells', 'content']],
}
