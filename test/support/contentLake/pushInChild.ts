/**
 * Runs one push in a process of its own, so that a test can kill it with SIGKILL part way:
 * `node pushInChild.ts <job.json>`, where the job names the documents file (JSON array), the lake's
 * URL, project, dataset and limits; the token comes from the environment as in real use.
 */
import {readFileSync} from 'node:fs'
import {runPush} from '../../../push/runPush.ts'

const job = JSON.parse(readFileSync(process.argv[2]!, 'utf8'))
const documents = JSON.parse(readFileSync(job.documentsFile, 'utf8'))
const outcome = await runPush(
  documents,
  {project: job.project, dataset: job.dataset, commit: true, 'overwrite-edited': false, 'api-host': job.apiHost, 'api-version': '2025-02-19'},
  {limits: job.limits},
)
for (const line of outcome.lines) console.log(line)
process.exitCode = outcome.exitCode
