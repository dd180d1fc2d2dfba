"""The site's own app: connects the account receivers of :mod:`imgmeta_site.accounts`."""

from django.apps import AppConfig
from django.contrib.auth import get_user_model
from django.db.models.signals import pre_save


class SiteConfig(AppConfig):
    name = "imgmeta_site"
    verbose_name = "imgmeta site"

    def ready(self) -> None:
        from axes.signals import user_locked_out

        from . import accounts

        user_locked_out.connect(accounts.log_lockout, dispatch_uid="imgmeta_log_lockout")
        pre_save.connect(
            accounts.revoke_tokens_on_password_change,
            sender=get_user_model(),
            dispatch_uid="imgmeta_revoke_tokens_on_password_change",
        )
