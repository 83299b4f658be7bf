// First global setup of `pnpm bench`: refuses to start the stack when a program it needs is missing.
import { findTools } from './tools';

export function setup(): void {
  findTools();
}
