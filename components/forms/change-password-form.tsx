import { getTranslations } from "next-intl/server";
import { ChangePasswordFields } from "./change-password-fields";

/** Changing one's password, for either role, in the reader's language. */
export async function ChangePasswordForm() {
  const t = await getTranslations("account");
  return (
    <ChangePasswordFields
      words={{ current: t("currentPassword"), password: t("newPassword"), passwordHint: t("newPasswordHint"), confirm: t("newPasswordAgain"), changing: t("changing"), change: t("changePassword") }}
    />
  );
}
