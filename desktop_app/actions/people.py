"""Actions on customers, staff, the shop profile, settings and the password."""

from __future__ import annotations

from desktop_app.actions.base import Added, Done, Rows, perform
from desktop_app.domain.password import hash_password

PASSWORD_SETTING = "password_hash"


def edit_customer(archive, customer_id: int, data, profile: tuple | None,
                  staff_id: int | None) -> Done:
    """Save the customer's card and (when given) the profile `(segment, care, notes)` together."""
    def work():
        archive.customers.update_customer(customer_id, data, staff_id)
        if profile is not None:
            archive.profiles.update_customer_profile(customer_id, *profile, staff_id)
        return archive.customers.customer(customer_id)
    return perform(archive, "edit_customer", [Rows("customers", "id", customer_id)], work,
                   lambda customer: {"name": customer.name})


def merge_customers(archive, keep_id: int, duplicate_id: int, staff_id: int | None) -> Done:
    scopes = [Rows("customers", "id", keep_id), Rows("customers", "id", duplicate_id),
              Rows("complaints", "customer_id", duplicate_id)]
    name = archive.customers.customer(duplicate_id).name
    return perform(archive, "merge_customers", scopes,
                   lambda: archive.profiles.merge_customers(keep_id, duplicate_id, staff_id),
                   lambda kept: {"name": name, "into": kept.name})


def erase_customer(archive, customer_id: int, staff_id: int | None) -> Done:
    """Erase a customer's personal data for good: it cannot be undone (the window says so)."""
    # Not wrapped in an outer transaction: the erase must checkpoint the WAL after committing,
    # so no copy of the erased words is left in it.
    archive.privacy.erase_customer(customer_id, staff_id)
    return Done("erase_customer")


def save_shop(archive, shop, staff_id: int | None, staff_changes=None) -> Done:
    """Save the shop profile and, in the same transaction, `staff_changes(archive)` if given."""
    def work():
        archive.save_shop(shop, staff_id)
        if staff_changes is not None:
            staff_changes(archive)
    scopes = [Rows("shop", "id", 1), Added("staff"), *_staff_rows(archive)]
    return perform(archive, "save_shop", scopes, work)


def set_up_shop(archive, shop, names: list[str], staff_id: int | None = None) -> Done:
    """The first-run answers: the shop and its first colleagues."""
    def changes(_archive):
        for name in names:
            archive.add_staff(name)
    return save_shop(archive, shop, staff_id, changes)


def add_staff(archive, name: str) -> Done:
    return perform(archive, "staff", [Added("staff"), *_staff_rows(archive)],
                   lambda: archive.add_staff(name), {"name": name.strip()})


def set_staff_active(archive, staff_id: int, active: bool) -> Done:
    return perform(archive, "staff", [Rows("staff", "id", staff_id)],
                   lambda: archive.set_staff_active(staff_id, active))


def save_setting(archive, key: str, value: str) -> Done:
    return perform(archive, "save_setting", [Rows("settings", "key", key)],
                   lambda: archive.set_setting(key, value), {"key": key})


def set_password(archive, password: str) -> Done:
    """Set (or, with "", remove) the window password. Not undoable: an undo would have to keep
    the old hash in memory and write it into the audit trail."""
    value = hash_password(password) if password else ""
    with archive.transaction():
        archive.set_setting(PASSWORD_SETTING, value)
        archive.log_event("settings", None, "password set" if password else "password removed")
    return Done("set_password")


def _staff_rows(archive) -> list:
    return [Rows("staff", "id", person.id) for person in archive.staff(active_only=False)]
