/** Every property name anywhere in a JSON value, to prove what a response does not contain. */
export function allKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) allKeys(item, keys);
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      allKeys(child, keys);
    }
  }
  return keys;
}

export const PRIVATE_KEYS = ['createdBy', 'updatedBy', 'password', 'resetPasswordToken', 'registrationToken', 'email'];
