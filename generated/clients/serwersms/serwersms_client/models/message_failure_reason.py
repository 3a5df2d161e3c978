from typing import Literal

MessageFailureReason = Literal[
    "limit_exhausted",
    "lock_send",
    "message_expired",
    "message_rejected",
    "missed_call",
    "no_permission_to_send_messages",
    "number_is_blacklisted",
    "operator_error",
    "other_error",
    "sending_to_foreign_networks_is_locked",
    "unsupported_number",
    "wrong_message",
    "wrong_number",
    "wrong_sender_name",
]

MESSAGE_FAILURE_REASON_VALUES: set[MessageFailureReason] = {
    "limit_exhausted",
    "lock_send",
    "message_expired",
    "message_rejected",
    "missed_call",
    "no_permission_to_send_messages",
    "number_is_blacklisted",
    "operator_error",
    "other_error",
    "sending_to_foreign_networks_is_locked",
    "unsupported_number",
    "wrong_message",
    "wrong_number",
    "wrong_sender_name",
}


def check_message_failure_reason(value: str) -> MessageFailureReason:
    if value in MESSAGE_FAILURE_REASON_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MESSAGE_FAILURE_REASON_VALUES!r}")
