"""Forms of the case pages."""

from django import forms
from django.contrib.auth import get_user_model

from .models import Case, Membership

# References are unique per creator (:class:`cases.models.Case`): the message speaks of the user's
# own cases only, so it says nothing about other teams' cases.
REFERENCE_IN_USE = "You already have a case with this reference."
ALREADY_A_MEMBER = "This user is already a member of the case."


class CaseForm(forms.ModelForm):
    """A new case by ``user``, who becomes its owner."""

    class Meta:
        model = Case
        fields = ["title", "reference", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_reference(self):
        reference = self.cleaned_data["reference"]
        if Case.objects.filter(created_by=self.user, reference=reference).exists():
            raise forms.ValidationError(REFERENCE_IN_USE)
        return reference


class CaseEditForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = ["title", "status", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class CaseSearchForm(forms.Form):
    q = forms.CharField(required=False, max_length=200, label="Title or reference")
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *Case.Status.choices])


class MemberAddForm(forms.Form):
    username = forms.CharField(max_length=150)
    role = forms.ChoiceField(choices=Membership.Role.choices, initial=Membership.Role.VIEWER)

    def __init__(self, *args, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case

    def clean_username(self):
        username = self.cleaned_data["username"].strip()
        user = get_user_model().objects.filter(username=username, is_active=True).first()
        if user is None:
            raise forms.ValidationError("There is no active user with this name.")
        if self.case.memberships.filter(user=user).exists():
            raise forms.ValidationError(ALREADY_A_MEMBER)
        self.user = user
        return username


class MemberRoleForm(forms.Form):
    role = forms.ChoiceField(choices=Membership.Role.choices)


class CaseDeleteForm(forms.Form):
    """Deleting a case asks for its reference, typed again."""

    confirm = forms.CharField(max_length=64, label="Type the case reference to confirm")

    def __init__(self, *args, case: Case, **kwargs):
        super().__init__(*args, **kwargs)
        self.case = case

    def clean_confirm(self):
        if self.cleaned_data["confirm"].strip() != self.case.reference:
            raise forms.ValidationError("The reference does not match; the case was not deleted.")
        return self.cleaned_data["confirm"]
