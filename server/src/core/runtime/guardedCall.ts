// A synchronous call that can be stopped: run through `vm` with a timeout, V8 terminates whatever
// JavaScript is running after the deadline, even a loop in a function defined outside the vm
// context. It costs a watchdog thread per call (~0.2 ms), so it is used only for subjects that
// already hung once; the first hang of a subject is caught by the runner's watchdog instead.
import vm from 'node:vm';
import { SettleTimeout } from './determinism';

const context = vm.createContext({});
const script = new vm.Script('__vouchCall.result = __vouchCall.run()');

export function guardedCall<T>(run: () => T, timeoutMs: number): T {
  const slot: { run: () => T; result?: T } = { run };
  context.__vouchCall = slot;
  try {
    script.runInContext(context, { timeout: timeoutMs });
    return slot.result as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') {
      throw new SettleTimeout(`did not return within ${timeoutMs} ms`);
    }
    throw error;
  } finally {
    context.__vouchCall = undefined;
  }
}
