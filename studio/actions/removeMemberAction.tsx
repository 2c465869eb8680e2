import {UserIcon} from '@sanity/icons/User'
import {Button, Card, Flex, Stack, Text} from '@sanity/ui'
import {useState} from 'react'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {MEMBER_ROLES} from '../../schemas/options.ts'

type Member = {_key: string; name?: string; role?: string; former?: boolean}

const roleTitle = (role: string | undefined) => MEMBER_ROLES.find((known) => known.value === role)?.title ?? role ?? 'no role'

/**
 * "Remove member": lists the current members; each can become a former member (kept, and the
 * review site lists them as such: what a group that changes members wants) or be deleted (an entry
 * made by mistake).
 */
export const removeMemberAction: DocumentActionComponent = ({id, type, draft, published}) => {
  const {patch} = useDocumentOperation(id, type)
  const [open, setOpen] = useState(false)
  const members = (((draft ?? published)?.members ?? []) as Member[]).filter((member) => !member.former)
  if (members.length === 0) return null
  const change = (operation: Parameters<typeof patch.execute>[0]) => {
    patch.execute(operation)
    setOpen(false)
  }
  return {
    label: 'Remove member',
    icon: UserIcon,
    disabled: Boolean(patch.disabled),
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'Remove a member',
      onClose: () => setOpen(false),
      content: (
        <Stack gap={2}>
          {members.map((member) => (
            <Card key={member._key} padding={2} radius={2} border data-testid={`member-${member._key}`}>
              <Flex align="center" gap={2}>
                <Stack flex={1} gap={2}>
                  <Text weight="medium">{member.name || '(no name)'}</Text>
                  <Text size={1} muted>{roleTitle(member.role)}</Text>
                </Stack>
                <Button text="Mark as former" mode="ghost" onClick={() => change([{set: {[`members[_key=="${member._key}"].former`]: true}}])} />
                <Button text="Delete" mode="ghost" tone="critical" onClick={() => change([{unset: [`members[_key=="${member._key}"]`]}])} />
              </Flex>
            </Card>
          ))}
        </Stack>
      ),
    },
  }
}
removeMemberAction.displayName = 'RemoveMemberAction'
