from typing import Literal

PhpDateTimeTimezoneType = Literal[1, 2, 3]

PHP_DATE_TIME_TIMEZONE_TYPE_VALUES: set[PhpDateTimeTimezoneType] = {
    1,
    2,
    3,
}


def check_php_date_time_timezone_type(value: int) -> PhpDateTimeTimezoneType:
    if value in PHP_DATE_TIME_TIMEZONE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PHP_DATE_TIME_TIMEZONE_TYPE_VALUES!r}")
