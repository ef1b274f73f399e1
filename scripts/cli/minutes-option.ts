// `--minutes N`: the time slot to plan the talk for, a whole or decimal number of minutes.

import { CLIError, exitCode } from '../io/cli-error.ts'

/** The slot in minutes from the option's text; undefined when not given. */
export function minutesOption(value: string | undefined): number | undefined {
  if (value === undefined)
    return undefined
  const minutes = Number(value)
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 600)
    throw new CLIError(`Cannot plan a talk of \`${value}\` minutes, expected a number of minutes from 1 to 600`, exitCode.badInput)
  return minutes
}
