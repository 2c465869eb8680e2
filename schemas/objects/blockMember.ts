import {defineArrayMember, type Path, type PortableTextBlock} from 'sanity'

/** Decorators, named as Sanity's defaults so that every Portable Text renderer knows them. */
const decorators = [
  {title: 'Strong', value: 'strong'},
  {title: 'Emphasis', value: 'em'},
  {title: 'Code', value: 'code'},
  {title: 'Strike', value: 'strike-through'},
]

const annotations = [{type: 'link'}, {type: 'internalLink'}, {type: 'attachmentLink'}]

/**
 * The text block both rich-text arrays share. It is a function rather than a named type because
 * Sanity allows `block` only as an array member; the annotations it uses are named types.
 */
export function defineTextBlock({headings}: {headings: boolean}) {
  const styles = [
    {title: 'Normal', value: 'normal'},
    ...(headings
      ? [
          {title: 'Heading 2', value: 'h2'},
          {title: 'Heading 3', value: 'h3'},
          {title: 'Heading 4', value: 'h4'},
          {title: 'Heading 5', value: 'h5'},
          {title: 'Heading 6', value: 'h6'},
        ]
      : []),
    {title: 'Quote', value: 'blockquote'},
  ]
  const lists = [
    {title: 'Bullet', value: 'bullet'},
    {title: 'Numbered', value: 'number'},
  ]
  return defineArrayMember({
    type: 'block',
    styles,
    lists,
    marks: {decorators, annotations},
    // Images inside running text (badges, pictures beside words) stay where the reader saw them.
    of: [{type: 'inlineImage'}],
    // Sanity does not check a block's style and list item against these lists (the built-in block's
    // fields keep the rules they were compiled with), so a heading in a callout would pass unseen.
    validation: (rule) => rule.custom(outsideLists(styles, lists)),
  })
}

/** A custom rule: the block's `style` and `listItem` must be among the block's own lists. */
function outsideLists(styles: {value: string}[], lists: {value: string}[]) {
  return (block: PortableTextBlock | undefined) => {
    const {style, listItem} = (block ?? {}) as {style?: unknown; listItem?: unknown}
    const problems = [
      ['style', style, styles],
      ['listItem', listItem, lists],
    ].flatMap(([field, value, allowed]) =>
      value === undefined || (allowed as {value: string}[]).some((option) => option.value === value)
        ? []
        : [{message: `${field === 'style' ? 'Style' : 'List item'} "${String(value)}" is not allowed here`, path: [field as string] as Path}],
    )
    return problems.length ? problems : true
  }
}
