import {ArchiveIcon} from '@sanity/icons/Archive'
import {Button, Flex, Stack, Text, TextArea, TextInput} from '@sanity/ui'
import {useState} from 'react'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {retirementDateProblem} from '../../schemas/retirementDateProblem.ts'
import {today} from '../../schemas/today.ts'

/**
 * "Retire group": status historical, the date and a note, in one step. Nothing else changes: the
 * group's pages and member lists keep their reference to it, so they stay under the group, now
 * listed under Working groups → Historical. The change is a draft; Publish makes it official.
 */
export const retireGroupAction: DocumentActionComponent = ({id, type, draft, published}) => {
  const {patch} = useDocumentOperation(id, type)
  const [open, setOpen] = useState(false)
  const [date, setDate] = useState(today())
  const [note, setNote] = useState('')
  const status = (draft ?? published)?.status
  if (status === 'historical') return null
  const problem =
    (date ? retirementDateProblem(date) : 'Give the date the group was retired.') ??
    (note.trim() ? undefined : 'Write a note saying why the group was retired, for readers of its page.')
  const retire = () => {
    patch.execute([{set: {status: 'historical', retiredOn: date, retirementNote: note.trim()}}])
    setOpen(false)
  }
  return {
    label: 'Retire group',
    icon: ArchiveIcon,
    tone: 'caution',
    disabled: Boolean(patch.disabled),
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Retire this working group',
      onClose: () => setOpen(false),
      content: (
        <Stack gap={4}>
          <Text size={1} muted>
            The group becomes historical. Its pages and member lists are kept and stay under it (Working groups → Historical). Publish afterwards to make it official.
          </Text>
          <Stack gap={2}>
            <Text as="label" htmlFor="retire-date" weight="medium" size={1}>Retired on</Text>
            <TextInput id="retire-date" type="date" value={date} onChange={(event) => setDate(event.currentTarget.value)} />
          </Stack>
          <Stack gap={2}>
            <Text as="label" htmlFor="retire-note" weight="medium" size={1}>Note</Text>
            <TextArea id="retire-note" rows={3} value={note} placeholder="Why the group was retired, and where its work continues" onChange={(event) => setNote(event.currentTarget.value)} />
          </Stack>
          {problem && <Text size={1} data-testid="retire-problem">{problem}</Text>}
          <Flex justify="flex-end">
            <Button text="Retire group" tone="caution" disabled={Boolean(problem)} onClick={retire} />
          </Flex>
        </Stack>
      ),
    },
  }
}
retireGroupAction.displayName = 'RetireGroupAction'
