/** A phone number as a link the phone can dial: digits and a leading +, nothing else. */
export const telHref = (phone: string) => `tel:${phone.replace(/[^+0-9]/g, "")}`;
