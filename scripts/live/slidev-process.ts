// The Slidev dev server as a child process. It inherits the terminal so its URL, its
// keyboard shortcuts and its own messages reach the user unchanged.

import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { slidevBin } from '../io/slidev-bin.ts'

/** Start `slidev <entry> --port <port>` (no browser opened), on this machine only. */
export function startSlidev(entry: string, port: number): ChildProcess {
  return spawn(process.execPath, [slidevBin(), entry, '--port', String(port), '--open=false'], { stdio: 'inherit' })
}

/** Resolves with the child's exit code (128 + signal number style codes become 1). */
export function exited(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null)
      done(child.exitCode ?? 1)
    else
      child.once('exit', code => done(code ?? 1))
  })
}
