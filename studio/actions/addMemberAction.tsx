import {AddUserIcon} from '@sanity/icons/AddUser'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'
import {useDocumentPane} from 'sanity/structure'

/**
 * "Add member": appends a member (role "member") to the group and opens it in the form's own
 * member dialog, so name, role and the rest are entered with the schema's inputs and checked by
 * its rules (a member without a name shows as an error until it has one).
 */
export const addMemberAction: DocumentActionComponent = ({id, type}) => {
  const {patch} = useDocumentOperation(id, type)
  const {onPathOpen, onSetActiveFieldGroup} = useDocumentPane()
  return {
    label: 'Add member',
    icon: AddUserIcon,
    disabled: Boolean(patch.disabled),
    onHandle: () => {
      const _key = crypto.randomUUID().replaceAll('-', '').slice(0, 12)
      patch.execute([{setIfMissing: {members: []}}, {insert: {after: 'members[-1]', items: [{_key, _type: 'member', role: 'member', former: false}]}}])
      onSetActiveFieldGroup([], 'people')
      onPathOpen(['members', {_key}])
    },
  }
}
addMemberAction.displayName = 'AddMemberAction'
