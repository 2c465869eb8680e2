import {createSchema} from 'sanity'
test('sanity loads', () => { expect(typeof createSchema).toBe('function') })
