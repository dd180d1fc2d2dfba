#!/usr/bin/perl
# Dump the tag tables of one ExifTool module (12.57, as installed) as JSON, for generate.py:
# for each table, each tag id, each variant: Name, Condition, Format, Count, PrintConv (a hash with
# its BITMASK and OTHER noted, a list, or the text of an expression), PrintHex, Unknown.
#   perl tools/exiftool_tables/dump.pl Casio > /tmp/tables/casio.json      (all its tables)
#   perl tools/exiftool_tables/dump.pl Nikon Scan > /tmp/tables/nikon.json  (the tables named)
use strict; use warnings;
use lib '/usr/share/perl5';
use Image::ExifTool;
use JSON::PP;
my ($module, @tables) = @ARGV;
eval "require Image::ExifTool::$module" or die $@ if $module ne 'Exif';
require Image::ExifTool::Exif;
my %out;
no strict 'refs';
my $stash = \%{"Image::ExifTool::${module}::"};
@tables = grep { defined *{"Image::ExifTool::${module}::$_"}{HASH} && exists ${"Image::ExifTool::${module}::$_"}{GROUPS} || defined *{"Image::ExifTool::${module}::$_"}{HASH} && %{"Image::ExifTool::${module}::$_"} } sort keys %$stash unless @tables;
sub conv {
    my $c = shift;
    return undef unless defined $c;
    if (ref $c eq 'HASH') {
        my %h;
        for my $k (keys %$c) {
            if ($k eq 'BITMASK') { $h{BITMASK} = { map { $_ => $c->{BITMASK}{$_} } keys %{$c->{BITMASK}} }; }
            elsif ($k eq 'OTHER') { $h{OTHER} = 'CODE'; }
            elsif (ref $c->{$k}) { $h{$k} = 'REF:' . ref $c->{$k}; }
            else { $h{$k} = $c->{$k}; }
        }
        return { hash => \%h };
    }
    if (ref $c eq 'ARRAY') { return { list => [ map { conv($_) } @$c ] }; }
    if (ref $c eq 'CODE') { return { code => 'CODE' }; }
    return { expr => "$c" };
}
for my $t (@tables) {
    my $table = \%{"Image::ExifTool::${module}::$t"};
    next unless %$table;
    my %tags;
    for my $id (keys %$table) {
        # special keys (PROCESS_PROC, WRITE_GROUP, NOTES...): a code ref or plain text under an upper-case key
        next if ref $table->{$id} eq 'CODE' or $id =~ /^[A-Z_]+$/ && !ref $table->{$id};
        my $info = $table->{$id};
        my @vars = ref $info eq 'ARRAY' ? @$info : ($info);
        my @o;
        for my $v (@vars) {
            next if ref $v and ref $v ne 'HASH';
            if (ref $v ne 'HASH') { push @o, { Name => "$v" }; next; }
            my %e = (Name => $v->{Name});
            $e{Condition} = "$v->{Condition}" if defined $v->{Condition} && !ref $v->{Condition};
            $e{Format} = $v->{Format} if defined $v->{Format};
            $e{Count} = $v->{Count} if defined $v->{Count};
            $e{PrintConv} = conv($v->{PrintConv}) if exists $v->{PrintConv};
            $e{ValueConv} = "$v->{ValueConv}" if defined $v->{ValueConv} && !ref $v->{ValueConv};
            $e{PrintHex} = 1 if $v->{PrintHex};
            $e{SubDirectory} = $v->{SubDirectory}{TagTable} if ref $v->{SubDirectory} eq 'HASH' && $v->{SubDirectory}{TagTable};
            $e{Unknown} = 1 if $v->{Unknown};
            push @o, \%e;
        }
        $tags{$id} = \@o;
    }
    $out{$t} = { tags => \%tags, GROUPS => $table->{GROUPS} };
}
print JSON::PP->new->canonical->pretty->encode(\%out);
