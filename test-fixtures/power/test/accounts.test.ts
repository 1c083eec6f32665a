import { describe, expect, it } from 'vitest';
import { BankAccount, InsufficientFunds, Inventory, LruCache } from '../src/accounts';

describe('BankAccount', () => {
  it('tracks deposits and withdrawals', () => {
    const account = new BankAccount('Ada');
    account.deposit(1000);
    expect(account.withdraw(300)).toBe(700);
    expect(account.balance).toBe(700);
    expect(account.statement()).toBe('Ada\n+1000\n-300\n= 700');
  });
  it('refuses to overdraw', () => {
    const account = new BankAccount('Ada', 100);
    expect(account.withdraw(100)).toBe(-100);
    expect(() => account.withdraw(1)).toThrow(InsufficientFunds);
  });
  it('sums recent entries', () => {
    const account = new BankAccount('Ada');
    account.deposit(500);
    account.deposit(200);
    account.withdraw(50);
    expect(account.recentNet(2)).toBe(150);
  });
});

describe('Inventory', () => {
  it('adds and removes stock', () => {
    const inventory = new Inventory();
    inventory.add('pen', 5);
    expect(inventory.remove('pen', 2)).toBe(2);
    expect(inventory.quantityOf('pen')).toBe(3);
    expect(inventory.remove('pen', 10)).toBe(3);
    expect(inventory.quantityOf('pen')).toBe(0);
  });
  it('reports low stock and totals', () => {
    const inventory = new Inventory();
    inventory.add('b', 1);
    inventory.add('a', 10);
    expect(inventory.lowStock(5)).toEqual(['b']);
    expect(inventory.totalItems).toBe(11);
  });
});

describe('LruCache', () => {
  it('evicts the least recently used key', () => {
    const cache = new LruCache<number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.keys()).toEqual(['a', 'c']);
    expect(cache.get('b')).toBeUndefined();
  });
});
