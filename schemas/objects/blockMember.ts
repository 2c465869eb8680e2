import {defineArrayMember} from 'sanity'

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
  return defineArrayMember({
    type: 'block',
    styles: [
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
    ],
    lists: [
      {title: 'Bullet', value: 'bullet'},
      {title: 'Numbered', value: 'number'},
    ],
    marks: {decorators, annotations},
  })
}
