import {AddUserIcon} from '@sanity/icons/AddUser'
import {useEffect, useState} from 'react'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {useDocumentPane} from 'sanity/structure'

/**
 * "Add member": appends a member (role "member") to the group and opens it in the form's own
 * member dialog, so name, role and the rest are entered with the schema's inputs and checked by
 * its rules (a member without a name shows as an error, and blocks Publish, until it has one).
 */
export const addMemberAction: DocumentActionComponent = ({id, type, draft}) => {
  const {patch} = useDocumentOperation(id, type)
  const {onFocus, onPathOpen, onSetActiveFieldGroup} = useDocumentPane()
  const [pendingKey, setPendingKey] = useState<string>()
  const members = (draft?.members ?? []) as {_key?: string}[]

  // The form can open the member only once the patch has reached the draft it shows.
  useEffect(() => {
    if (!pendingKey || !members.some((member) => member._key === pendingKey)) return
    onPathOpen(['members', {_key: pendingKey}])
    onFocus(['members', {_key: pendingKey}, 'name'])
    setPendingKey(undefined)
  }, [pendingKey, members, onFocus, onPathOpen])

  return {
    label: 'Add member',
    icon: AddUserIcon,
    disabled: Boolean(patch.disabled),
    onHandle: () => {
      const _key = crypto.randomUUID().replaceAll('-', '').slice(0, 12)
      patch.execute([{setIfMissing: {members: []}}, {insert: {after: 'members[-1]', items: [{_key, _type: 'member', role: 'member', former: false}]}}])
      onSetActiveFieldGroup([], 'people')
      setPendingKey(_key)
    },
  }
}
addMemberAction.displayName = 'AddMemberAction'
