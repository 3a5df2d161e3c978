from typing import Literal

ProductType = Literal[1, 2]

PRODUCT_TYPE_VALUES: set[ProductType] = {
    1,
    2,
}


def check_product_type(value: int) -> ProductType:
    if value in PRODUCT_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PRODUCT_TYPE_VALUES!r}")
