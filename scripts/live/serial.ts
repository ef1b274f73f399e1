// A regeneration can take longer than the gap between two saves; runs must not overlap
// (two writers of slides.md), and saves made meanwhile must not be lost.

/** Wrap `task` so calls never overlap: a call during a run schedules exactly one more run after it. */
export function serial(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined
  let again = false
  const run = async (): Promise<void> => {
    try {
      do {
        again = false
        await task()
      } while (again)
    }
    finally {
      running = undefined
    }
  }
  return () => {
    if (running)
      again = true
    else
      running = run()
    return running
  }
}
