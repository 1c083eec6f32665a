import { describe, expect, it } from 'vitest';
import { cloneInput } from './cloneInput';

class OldCart {
  items = [1];
  total() {
    return 'old';
  }
}
class NewCart {
  items = [1];
  total() {
    return 'new';
  }
}

describe('cloneInput', () => {
  it('copies deeply, so a mutation of the copy never reaches the original', () => {
    const input = [{ tags: new Set(['a']), when: new Date(1), map: new Map([['k', [1]]]) }];
    const copy = cloneInput(input);
    copy[0].tags.add('b');
    copy[0].when.setTime(2);
    copy[0].map.get('k')!.push(2);
    expect([...input[0].tags]).toEqual(['a']);
    expect(input[0].when.getTime()).toBe(1);
    expect(input[0].map.get('k')).toEqual([1]);
  });

  it('keeps prototypes, cycles and shared functions', () => {
    const cart = new NewCart();
    const cyclic: Record<string, unknown> = { cart };
    cyclic.self = cyclic;
    const fn = () => 1;
    const copy = cloneInput({ cyclic, fn });
    expect(copy.cyclic.cart).toBeInstanceOf(NewCart);
    expect(copy.cyclic.cart).not.toBe(cart);
    expect(copy.cyclic.self).toBe(copy.cyclic);
    expect(copy.fn).toBe(fn);
  });

  it('maps an instance of the new version\'s class to the old version\'s class', () => {
    const copy = cloneInput([new NewCart()], new Map([[NewCart.prototype, OldCart.prototype]]));
    expect(copy[0]).toBeInstanceOf(OldCart);
    expect(copy[0].total()).toBe('old');
    expect(copy[0].items).toEqual([1]);
  });
});
