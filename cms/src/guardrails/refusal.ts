import { errors } from '@strapi/utils';

/**
 * A refusal the dashboard shows as it is: the message is repeated on the field, because the
 * Content Manager lists the field messages of a ValidationError in its notification and marks
 * the field in the form.
 */
export function refusal(field: string, message: string): InstanceType<typeof errors.ValidationError> {
  return new errors.ValidationError(message, {
    errors: [{ path: [field], message, name: 'ValidationError' }],
  });
}
