/** The share of a page's words below which the import lost too much to pass unseen: listed in the summary. */
export const FIDELITY_FLOOR = 0.995
